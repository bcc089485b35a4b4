import { Flex, Text, TextField } from '@radix-ui/themes';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EnumSelect } from '../../forms/EnumSelect.js';
import { FormField, fieldAria } from '../../forms/FormField.js';
import { useNetworks } from './useNetworks.js';

/** The select's "New network…" entry: a space can never be in a network's name. */
const NEW = ' new';
/** A usual name, the same in every language. */
const EXAMPLE = 'lab1';

interface Props {
  id: string;
  value: string;
  onChange: (name: string) => void;
  error?: string;
  /** The VM being edited, left out of "Also on it" (none in the wizard). */
  vmId?: string;
}

/**
 * Which private network a card is on: one that exists (named, or made by its VMs), or a new name, which
 * the engine takes as it is: the network exists as soon as a VM's card names it.
 */
export function PrivateNetworkField({ id, value, onChange, error, vmId }: Props) {
  const { t } = useTranslation('networks');
  const networks = useNetworks().data?.networks ?? [];
  const names = networks.map((n) => n.name);
  // Once "New network…" is picked, typing stays typing even through an existing name; until the person
  // picks, whether the name exists decides (the list may arrive after the first paint).
  const [typing, setTyping] = useState<boolean | null>(null);
  const newName = typing ?? !names.includes(value);
  const others = [...new Set((networks.find((n) => n.name === value)?.members ?? []).filter((m) => m.vmId !== vmId).map((m) => m.vmName))];
  const nameId = `${id}-name`;
  return (
    <Flex direction="column" gap="2">
      <FormField id={id} label={t('nic.choose')} error={newName ? undefined : error} hint={newName ? undefined : t('nic.hint')}>
        <EnumSelect
          id={id}
          value={newName ? NEW : value}
          options={[...names.map((n) => ({ value: n, label: n })), { value: NEW, label: t('nic.newName') }]}
          onChange={(v) => {
            setTyping(v === NEW);
            onChange(v === NEW ? '' : v);
          }}
        />
      </FormField>
      {newName ? (
        <FormField id={nameId} label={t('nic.newNameLabel')} error={error} hint={t('nic.hint')}>
          <TextField.Root
            {...fieldAria(nameId, error)}
            className="mono-input"
            placeholder={EXAMPLE}
            autoComplete="off"
            spellCheck={false}
            maxLength={32}
            value={value}
            onChange={(e) => onChange(e.target.value)}
          />
        </FormField>
      ) : null}
      {value && !newName ? (
        <Text size="1" color="gray">
          {others.length ? t('nic.members', { count: others.length, names: others.join(', ') }) : t('nic.members', { count: 0 })}
        </Text>
      ) : null}
    </Flex>
  );
}
