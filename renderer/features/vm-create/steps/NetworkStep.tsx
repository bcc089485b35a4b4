import { Flex, Grid, Text, TextField } from '@radix-ui/themes';
import { Trans, useTranslation } from 'react-i18next';
import { ChoiceCards } from '../../../forms/ChoiceCards.js';
import type { NetworkChoice, OsInfo } from '../../../../shared/api.js';
import { FormField, fieldAria } from '../../../forms/FormField.js';
import { NicModelField } from '../../../forms/NicModelField.js';
import { PortForwardsTable } from '../../../forms/PortForwardsTable.js';
import type { ForwardRow } from '../../../forms/forward-rows.js';
import { suggestHostPort } from '../create-actions.js';
import type { WizardForm } from '../useWizardForm.js';
import { toNumber } from '../wizard-values.js';
import { PrivateNetworkField } from '../../networks/PrivateNetworkField.js';

/** The fields' ids: their labels and messages point at them. */
const NAME_ID = 'wiz-name';
const DESCRIPTION_ID = 'wiz-description';
const MAC_ID = 'wiz-mac';
const BRIDGE_ID = 'wiz-bridge';

const MODES: readonly NetworkChoice['mode'][] = ['user', 'private', 'bridge', 'none'];
/** Not words: a MAC's shape and a bridge's usual name read the same in every language. */
const MAC_PLACEHOLDER = '52:54:00:xx:xx:xx';
const BRIDGE_PLACEHOLDER = 'br0';

/**
 * A new forward's host port: the table offers 2222 (then 8080...), which another VM may forward or a
 * program may listen on. The engine knows both: its port replaces the offer unless the person has
 * typed another one meanwhile.
 */
async function offerFreePort(form: WizardForm, row: ForwardRow, rows: ForwardRow[]) {
  const taken = rows
    .filter((r) => r.key !== row.key)
    .map((r) => toNumber(r.hostPort, form.language))
    .filter((p): p is number => p !== undefined && Number.isInteger(p) && p >= 1024 && p <= 65535);
  const guestPort = toNumber(row.guestPort, form.language) ?? NaN;
  const port = await suggestHostPort({ proto: row.proto, guestPort, taken }).catch(() => null);
  if (port === null) return; // the offer stays; the network step's check will say if it is taken
  form.updateWith((v) => ({
    forwards: v.forwards.map((r) => (r.key === row.key && r.hostPort === row.hostPort ? { ...r, hostPort: String(port) } : r)),
  }));
}

/** Step 5: the VM's name, and how it reaches the network. plannedMac: the MAC Review planned, kept while the field is empty. */
export function NetworkStep({ form, os, plannedMac }: { form: WizardForm; os: OsInfo | null; plannedMac: string | null }) {
  const { t } = useTranslation('wizard');
  const { values, update, touch } = form;
  function changeForwards(rows: ForwardRow[]) {
    const before = new Set(values.forwards.map((r) => r.key));
    update({ forwards: rows });
    for (const row of rows.filter((r) => !before.has(r.key))) void offerFreePort(form, row, rows);
  }
  const nameErr = form.error('name');
  const bridgeErr = form.error('network.bridge');
  const macErr = form.error('network.mac');
  const modeErr = form.error('network.mode') ?? form.problem('network.mode');
  const descriptionErr = form.error('description');
  const recommended = os?.defaults.nicModel ?? 'virtio-net-pci';
  return (
    <Flex direction="column" gap="4">
      <Grid columns="2" gap="4">
        <FormField id={NAME_ID} label={t('network.name')} error={nameErr} hint={t('network.nameHint')}>
          <TextField.Root
            {...fieldAria(NAME_ID, nameErr)}
            placeholder={t('network.namePlaceholder')}
            autoComplete="off"
            spellCheck={false}
            value={values.name}
            onChange={(e) => update({ name: e.target.value, userSet: { ...values.userSet, name: true } }, 'name')}
            onBlur={() => touch('name')}
          />
        </FormField>
        <FormField id={DESCRIPTION_ID} label={t('network.description')} error={descriptionErr}>
          <TextField.Root
            {...fieldAria(DESCRIPTION_ID, descriptionErr)}
            placeholder={t('network.descriptionPlaceholder')}
            autoComplete="off"
            value={values.description}
            onChange={(e) => update({ description: e.target.value }, 'description')}
          />
        </FormField>
      </Grid>

      <Flex direction="column" gap="1">
        <ChoiceCards
          id="wiz-net-mode"
          label={t('network.label')}
          choices={MODES.map((mode) => ({ mode, title: t(`network.${mode}.title`), text: t(`network.${mode}.text`) }))}
          value={values.netMode}
          onChange={(m) => update({ netMode: m }, 'network.mode')}
        />
        {modeErr ? (
          <Text size="1" color="red" role="alert">
            {modeErr}
          </Text>
        ) : null}
      </Flex>

      {values.netMode !== 'none' ? (
        <Grid columns="2" gap="4">
          <NicModelField
            id="wiz-nic-model"
            label={t('network.nicModel')}
            value={values.nicModel}
            recommended={recommended}
            onChange={(nicModel) => update({ nicModel })}
          />
          <FormField
            id={MAC_ID}
            label={t('network.mac')}
            error={macErr}
            hint={plannedMac ? t('network.macKeep', { mac: plannedMac }) : t('network.macNew')}
          >
            <TextField.Root
              {...fieldAria(MAC_ID, macErr)}
              className="mono-input"
              placeholder={plannedMac ?? MAC_PLACEHOLDER}
              autoComplete="off"
              spellCheck={false}
              value={values.mac}
              onChange={(e) => update({ mac: e.target.value }, 'network.mac')}
              onBlur={() => touch('network.mac')}
            />
          </FormField>
        </Grid>
      ) : null}

      {values.netMode === 'user' ? (
        <Flex direction="column" gap="1">
          <Text size="2" weight="medium">
            {t('network.forwards')}
          </Text>
          <PortForwardsTable
            idPrefix="wiz-fwd"
            rows={values.forwards}
            onChange={changeForwards}
            errorOf={(i, f) => form.error(`network.forwards.${i}.${f}`)}
            onTouch={(i, f) => touch(`network.forwards.${i}.${f}`)}
          />
        </Flex>
      ) : null}

      {values.netMode === 'private' ? (
        <PrivateNetworkField
          id="wiz-private-network"
          value={values.privateNetwork}
          onChange={(privateNetwork) => update({ privateNetwork }, 'network.network')}
          error={form.error('network.network')}
        />
      ) : null}

      {values.netMode === 'bridge' ? (
        <FormField
          id={BRIDGE_ID}
          label={t('network.hostBridge')}
          error={bridgeErr}
          hint={<Trans t={t} i18nKey="network.bridgeHint" components={{ code: <code /> }} />}
        >
          <TextField.Root
            {...fieldAria(BRIDGE_ID, bridgeErr)}
            className="mono-input"
            placeholder={BRIDGE_PLACEHOLDER}
            autoComplete="off"
            spellCheck={false}
            value={values.bridge}
            onChange={(e) => update({ bridge: e.target.value }, 'network.bridge')}
            onBlur={() => touch('network.bridge')}
          />
        </FormField>
      ) : null}
    </Flex>
  );
}
