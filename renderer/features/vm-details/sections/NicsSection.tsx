import { Flex, IconButton, RadioGroup, Text, TextField, Tooltip } from '@radix-ui/themes';
import { ShuffleIcon } from '@radix-ui/react-icons';
import { useTranslation } from 'react-i18next';
import { FormField, fieldAria } from '../../../forms/FormField.js';
import { NicModelField } from '../../../forms/NicModelField.js';
import { PortForwardsTable } from '../../../forms/PortForwardsTable.js';
import { rowKey } from '../../../forms/forward-rows.js';
import { randomMac } from '../../../lib/mac.js';
import type { NicDraft } from '../editor-draft.js';
import type { Editor } from '../editor.js';
import { DeviceCard } from './DeviceCard.js';
import { DeviceListFooter } from './DeviceListFooter.js';
import { PrivateNetworkField } from '../../networks/PrivateNetworkField.js';
import { cx } from '../../../lib/cx.js';
import styles from '../editor.module.css';

/** A bridge's usual name, the same in every language. */
const BRIDGE_EXAMPLE = 'br0';

export function NicsSection({ ed }: { ed: Editor }) {
  const { t } = useTranslation(['details', 'networks']);
  const { draft, set, errors } = ed;
  const update = (i: number, patch: Partial<NicDraft>) => set({ nics: draft.nics.map((n, j) => (j === i ? { ...n, ...patch } : n)) });
  const macs = draft.nics.map((n) => n.mac);
  return (
    <Flex direction="column" gap="3">
      {draft.nics.length === 0 ? (
        <Text size="2" color="gray">
          {t('nics.none')}
        </Text>
      ) : null}
      {draft.nics.map((n, i) => {
        const p = `nics.${i}`;
        const macErr = errors[`${p}.mac`];
        const bridgeErr = errors[`${p}.network.bridge`];
        const num = i + 1;
        return (
          <DeviceCard
            key={n.key}
            title={t('nics.title', { n: num })}
            detail={n.mac}
            removeLabel={t('nics.remove', { n: num })}
            removeHint={t('nics.removeHint')}
            onRemove={() => set({ nics: draft.nics.filter((_, j) => j !== i) })}
          >
            <div className={styles.fieldGrid}>
              <NicModelField
                id={`hw-nic-${i}-model`}
                label={t('nics.model')}
                value={n.model}
                onChange={(model) => model && update(i, { model })}
              />
              <FormField id={`hw-nic-${i}-mac`} label={t('nics.mac')} error={macErr}>
                <Flex gap="2">
                  <TextField.Root
                    {...fieldAria(`hw-nic-${i}-mac`, macErr)}
                    className="mono-input grow"
                    autoComplete="off"
                    spellCheck={false}
                    value={n.mac}
                    onChange={(e) => update(i, { mac: e.target.value })}
                  />
                  <Tooltip content={t('nics.newMac')}>
                    <IconButton
                      type="button"
                      variant="soft"
                      color="gray"
                      aria-label={t('nics.newMacName', { n: num })}
                      onClick={() => update(i, { mac: randomMac(macs) })}
                    >
                      <ShuffleIcon />
                    </IconButton>
                  </Tooltip>
                </Flex>
              </FormField>
            </div>
            <Flex direction="column" gap="2">
              <Text size="2" weight="medium" id={`hw-nic-${i}-net`}>
                {t('nics.network')}
              </Text>
              {/* Radio buttons that wrap: three modes do not fit a segmented control in a narrow pane. */}
              <RadioGroup.Root
                value={n.mode}
                onValueChange={(m) => update(i, { mode: m as NicDraft['mode'] })}
                aria-labelledby={`hw-nic-${i}-net`}
              >
                <Flex gapX="4" gapY="1" wrap="wrap">
                  <RadioGroup.Item value="user">{t('nics.user')}</RadioGroup.Item>
                  <RadioGroup.Item value="bridge">{t('nics.bridge')}</RadioGroup.Item>
                  <RadioGroup.Item value="private">{t('networks:nic.mode')}</RadioGroup.Item>
                </Flex>
              </RadioGroup.Root>
              {n.mode === 'user' ? (
                <>
                  <Text size="1" color="gray">
                    {t('nics.userHint')}
                  </Text>
                  <PortForwardsTable
                    idPrefix={`hw-nic-${i}-fwd`}
                    rows={n.forwards}
                    onChange={(forwards) => update(i, { forwards })}
                    errorOf={(j, f) => errors[`${p}.network.forwards.${j}.${f}`]}
                  />
                </>
              ) : n.mode === 'private' ? (
                <PrivateNetworkField
                  id={`hw-nic-${i}-private`}
                  value={n.network}
                  onChange={(network) => update(i, { network })}
                  error={errors[`${p}.network.network`]}
                  vmId={ed.vm.id}
                />
              ) : (
                <FormField id={`hw-nic-${i}-bridge`} label={t('nics.hostBridge')} error={bridgeErr} hint={t('nics.bridgeHint')}>
                  <TextField.Root
                    {...fieldAria(`hw-nic-${i}-bridge`, bridgeErr)}
                    className={cx(styles.narrowInput, 'mono-input')}
                    placeholder={BRIDGE_EXAMPLE}
                    autoComplete="off"
                    spellCheck={false}
                    value={n.bridge}
                    onChange={(e) => update(i, { bridge: e.target.value })}
                  />
                </FormField>
              )}
            </Flex>
          </DeviceCard>
        );
      })}
      <DeviceListFooter
        error={errors.nics}
        label={t('nics.add')}
        disabled={draft.nics.length >= 8}
        onAdd={() =>
          set({
            nics: [
              ...draft.nics,
              { key: rowKey(), model: 'virtio-net-pci', mac: randomMac(macs), mode: 'user', forwards: [], bridge: '', network: '' },
            ],
          })
        }
      />
    </Flex>
  );
}
