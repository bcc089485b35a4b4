import { Badge, Code, DataList, Flex, Text, TextArea, TextField } from '@radix-ui/themes';
import { useEffect } from 'react';
import { EnumSelect } from '../../../forms/EnumSelect.js';
import { FormField, fieldAria } from '../../../forms/FormField.js';
import { formatDuration, formatMiB, formatTime } from '../../../lib/format.js';
import { useNow } from '../../../lib/useNow.js';
import { qemuAlive } from '../../../lib/vm-state.js';
import { loadOsList, useCatalog } from '../../../store/catalog.js';
import { StateBadge } from '../../vm-list/StateBadge.js';
import type { Editor } from '../editor.js';
import { BalloonNow } from './BalloonNow.js';
import styles from '../editor.module.css';

const UNKNOWN = 'unknown-os';
const ACCEL_IN_USE = { kvm: 'KVM (hardware)', tcg: 'TCG (emulation, slower)' } as const;

export function OverviewSection({ ed }: { ed: Editor }) {
  const { vm, config, draft, set, errors } = ed;
  const osList = useCatalog((s) => s.osList);
  useEffect(() => void loadOsList(), []);
  const alive = qemuAlive(vm);
  const now = useNow(alive, 30_000);
  const known = osList?.some((o) => o.id === draft.osId) ?? false;

  return (
    <Flex direction="column" gap="4">
      <div className={styles.fieldGrid}>
        <FormField id="hw-name" label="Name" error={errors.name}>
          <TextField.Root
            {...fieldAria('hw-name', errors.name)}
            autoComplete="off"
            spellCheck={false}
            value={draft.name}
            onChange={(e) => set({ name: e.target.value })}
          />
        </FormField>
        <FormField id="hw-os" label="Operating system" hint="Used for defaults of new hardware; changes nothing by itself.">
          <EnumSelect
            id="hw-os"
            aria-describedby="hw-os-msg"
            wide
            value={draft.osId ?? UNKNOWN}
            options={[
              { value: UNKNOWN, label: 'Not known' },
              ...(draft.osId && !known ? [{ value: draft.osId, label: draft.osId }] : []),
              ...(osList ?? []).map((o) => ({ value: o.id, label: o.name })),
            ]}
            onChange={(v) => set({ osId: v === UNKNOWN ? null : v })}
          />
        </FormField>
      </div>
      <FormField id="hw-description" label="Description" error={errors.description}>
        <TextArea
          {...fieldAria('hw-description', errors.description)}
          rows={2}
          resize="vertical"
          placeholder="What this VM is for"
          value={draft.description}
          onChange={(e) => set({ description: e.target.value })}
        />
      </FormField>

      <DataList.Root size="2">
        <DataList.Item>
          <DataList.Label minWidth="120px">State</DataList.Label>
          <DataList.Value>
            <Flex align="center" gap="2" wrap="wrap">
              <StateBadge state={vm.status.state} />
              <Text size="1" color="gray">
                since {formatTime(vm.status.since)}
                {alive ? ` · up ${formatDuration(now - vm.status.since)}` : ''}
                {vm.status.pid ? ` · QEMU pid ${vm.status.pid}` : ''}
              </Text>
            </Flex>
          </DataList.Value>
        </DataList.Item>
        {vm.status.accel ? (
          <DataList.Item>
            <DataList.Label minWidth="120px">Running on</DataList.Label>
            <DataList.Value>
              <Badge size="1" color={vm.status.accel === 'kvm' && !vm.status.warning ? 'green' : 'amber'} variant="soft">
                {ACCEL_IN_USE[vm.status.accel]}
              </Badge>
            </DataList.Value>
          </DataList.Item>
        ) : null}
        <DataList.Item>
          <DataList.Label minWidth="120px">Memory</DataList.Label>
          <DataList.Value>
            <Flex direction="column" gap="1">
              <Text className="numeric">
                {formatMiB(config.memoryMiB)}
                {config.balloon && config.currentMemoryMiB !== null ? `, balloon target ${formatMiB(config.currentMemoryMiB)}` : ''}
              </Text>
              <BalloonNow vm={vm} />
            </Flex>
          </DataList.Value>
        </DataList.Item>
        <DataList.Item>
          <DataList.Label minWidth="120px">Created</DataList.Label>
          <DataList.Value>{new Date(config.createdAt).toLocaleString()}</DataList.Value>
        </DataList.Item>
        <DataList.Item>
          <DataList.Label minWidth="120px">ID</DataList.Label>
          <DataList.Value>
            <Code variant="ghost" color="gray">
              {vm.id}
            </Code>
          </DataList.Value>
        </DataList.Item>
      </DataList.Root>
    </Flex>
  );
}
