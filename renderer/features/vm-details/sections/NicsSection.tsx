import { Button, Flex, IconButton, SegmentedControl, Text, TextField, Tooltip } from '@radix-ui/themes';
import { PlusIcon, ShuffleIcon } from '@radix-ui/react-icons';
import { FormField, fieldAria } from '../../../forms/FormField.js';
import { NicModelField } from '../../../forms/NicModelField.js';
import { PortForwardsTable } from '../../../forms/PortForwardsTable.js';
import { rowKey } from '../../../forms/forward-rows.js';
import { randomMac } from '../../../lib/mac.js';
import type { NicDraft } from '../editor-draft.js';
import type { Editor } from '../editor.js';
import { DeviceCard } from './DeviceCard.js';
import { cx } from '../../../lib/cx.js';
import styles from '../editor.module.css';

export function NicsSection({ ed }: { ed: Editor }) {
  const { draft, set, errors } = ed;
  const update = (i: number, patch: Partial<NicDraft>) => set({ nics: draft.nics.map((n, j) => (j === i ? { ...n, ...patch } : n)) });
  const macs = draft.nics.map((n) => n.mac);
  return (
    <Flex direction="column" gap="3">
      {draft.nics.length === 0 ? (
        <Text size="2" color="gray">
          No network cards: the VM is offline.
        </Text>
      ) : null}
      {draft.nics.map((n, i) => {
        const p = `nics.${i}`;
        const macErr = errors[`${p}.mac`];
        const bridgeErr = errors[`${p}.network.bridge`];
        return (
          <DeviceCard
            key={n.key}
            title={`Network card ${i + 1}`}
            detail={n.mac}
            removeLabel={`Remove network card ${i + 1}`}
            removeHint="Remove the card from the VM"
            onRemove={() => set({ nics: draft.nics.filter((_, j) => j !== i) })}
          >
            <div className={styles.fieldGrid}>
              <NicModelField id={`hw-nic-${i}-model`} label="Model" value={n.model} onChange={(model) => model && update(i, { model })} />
              <FormField id={`hw-nic-${i}-mac`} label="MAC address" error={macErr}>
                <Flex gap="2">
                  <TextField.Root
                    {...fieldAria(`hw-nic-${i}-mac`, macErr)}
                    className="mono-input grow"
                    autoComplete="off"
                    spellCheck={false}
                    value={n.mac}
                    onChange={(e) => update(i, { mac: e.target.value })}
                  />
                  <Tooltip content="A new random address (52:54:00:…)">
                    <IconButton
                      type="button"
                      variant="soft"
                      color="gray"
                      aria-label={`New MAC address for network card ${i + 1}`}
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
                Network
              </Text>
              <SegmentedControl.Root
                value={n.mode}
                onValueChange={(m) => update(i, { mode: m as NicDraft['mode'] })}
                aria-labelledby={`hw-nic-${i}-net`}
                className={styles.netMode}
              >
                <SegmentedControl.Item value="user">User networking (NAT)</SegmentedControl.Item>
                <SegmentedControl.Item value="bridge">Bridge</SegmentedControl.Item>
              </SegmentedControl.Root>
              {n.mode === 'user' ? (
                <>
                  <Text size="1" color="gray">
                    The guest is 10.0.2.15 on 10.0.2.0/24; QEMU is its gateway (10.0.2.2) and DNS (10.0.2.3).
                  </Text>
                  <PortForwardsTable
                    idPrefix={`hw-nic-${i}-fwd`}
                    rows={n.forwards}
                    onChange={(forwards) => update(i, { forwards })}
                    errorOf={(j, f) => errors[`${p}.network.forwards.${j}.${f}`]}
                  />
                </>
              ) : (
                <FormField
                  id={`hw-nic-${i}-bridge`}
                  label="Host bridge"
                  error={bridgeErr}
                  hint="Needs “allow <bridge>” in /etc/qemu/bridge.conf."
                >
                  <TextField.Root
                    {...fieldAria(`hw-nic-${i}-bridge`, bridgeErr)}
                    className={cx(styles.narrowInput, 'mono-input')}
                    placeholder="br0"
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
      {errors.nics ? (
        <Text size="1" color="red">
          {errors.nics}
        </Text>
      ) : null}
      <Button
        type="button"
        variant="soft"
        className={styles.addButton}
        disabled={draft.nics.length >= 8}
        onClick={() =>
          set({
            nics: [...draft.nics, { key: rowKey(), model: 'virtio-net-pci', mac: randomMac(macs), mode: 'user', forwards: [], bridge: '' }],
          })
        }
      >
        <PlusIcon /> Add a network card
      </Button>
    </Flex>
  );
}
