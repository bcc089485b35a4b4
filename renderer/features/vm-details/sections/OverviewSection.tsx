import { Badge, Code, DataList, Flex, Text, TextArea, TextField } from '@radix-ui/themes';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { EnumSelect } from '../../../forms/EnumSelect.js';
import { FormField, fieldAria } from '../../../forms/FormField.js';
import { formatMiB, formatTime } from '../../../lib/format.js';
import { useNow } from '../../../lib/useNow.js';
import { qemuAlive } from '../../../lib/vm-state.js';
import { loadOsList, useCatalog } from '../../../store/catalog.js';
import { StateBadge } from '../../vm-list/StateBadge.js';
import type { Editor } from '../editor.js';
import { BalloonNow } from './BalloonNow.js';
import { GuestNow } from './GuestNow.js';
import styles from '../editor.module.css';

const UNKNOWN = 'unknown-os';
const NAME_ID = 'hw-name';
const DESCRIPTION_ID = 'hw-description';
/** Wide enough for the longest label in either language (« Identifiant »). */
const LABEL_WIDTH = '120px';
const ACCEL_IN_USE = { kvm: 'overview.kvm', tcg: 'overview.tcg' } as const;

export function OverviewSection({ ed }: { ed: Editor }) {
  const { t } = useTranslation('details');
  const { vm, config, draft, set, errors } = ed;
  const osList = useCatalog((s) => s.osList);
  useEffect(() => void loadOsList(), []);
  const alive = qemuAlive(vm);
  const now = useNow(alive, 30_000);
  const known = osList?.some((o) => o.id === draft.osId) ?? false;

  return (
    <Flex direction="column" gap="4">
      <div className={styles.fieldGrid}>
        <FormField id={NAME_ID} label={t('overview.name')} error={errors.name}>
          <TextField.Root
            {...fieldAria(NAME_ID, errors.name)}
            autoComplete="off"
            spellCheck={false}
            value={draft.name}
            onChange={(e) => set({ name: e.target.value })}
          />
        </FormField>
        <FormField id="hw-os" label={t('overview.os')} hint={t('overview.osHint')}>
          <EnumSelect
            id="hw-os"
            aria-describedby="hw-os-msg"
            wide
            value={draft.osId ?? UNKNOWN}
            options={[
              { value: UNKNOWN, label: t('overview.osUnknown') },
              ...(draft.osId && !known ? [{ value: draft.osId, label: draft.osId }] : []),
              ...(osList ?? []).map((o) => ({ value: o.id, label: o.name })),
            ]}
            onChange={(v) => set({ osId: v === UNKNOWN ? null : v })}
          />
        </FormField>
      </div>
      <FormField id={DESCRIPTION_ID} label={t('overview.description')} error={errors.description}>
        <TextArea
          {...fieldAria(DESCRIPTION_ID, errors.description)}
          rows={2}
          resize="vertical"
          placeholder={t('overview.descriptionPlaceholder')}
          value={draft.description}
          onChange={(e) => set({ description: e.target.value })}
        />
      </FormField>

      <DataList.Root size="2">
        <DataList.Item>
          <DataList.Label minWidth={LABEL_WIDTH}>{t('overview.state')}</DataList.Label>
          <DataList.Value>
            <Flex align="center" gap="2" wrap="wrap">
              <StateBadge state={vm.status.state} />
              <Text size="1" color="gray">
                {[
                  t('overview.since', { at: vm.status.since }),
                  ...(alive ? [t('overview.up', { ms: now - vm.status.since })] : []),
                  ...(vm.status.pid ? [t('overview.pid', { pid: vm.status.pid })] : []),
                ].join(' · ')}
              </Text>
            </Flex>
          </DataList.Value>
        </DataList.Item>
        {vm.status.accel ? (
          <DataList.Item>
            <DataList.Label minWidth={LABEL_WIDTH}>{t('overview.runningOn')}</DataList.Label>
            <DataList.Value>
              <Badge size="1" color={vm.status.accel === 'kvm' && !vm.status.warning ? 'green' : 'amber'} variant="soft">
                {t(ACCEL_IN_USE[vm.status.accel])}
              </Badge>
            </DataList.Value>
          </DataList.Item>
        ) : null}
        <GuestNow vm={vm} labelWidth={LABEL_WIDTH} />
        <DataList.Item>
          <DataList.Label minWidth={LABEL_WIDTH}>{t('overview.memory')}</DataList.Label>
          <DataList.Value>
            <Flex direction="column" gap="1">
              <Text className="numeric">
                {config.balloon && config.currentMemoryMiB !== null
                  ? t('overview.memoryBalloon', { memory: config.memoryMiB, target: config.currentMemoryMiB })
                  : formatMiB(config.memoryMiB)}
              </Text>
              <BalloonNow vm={vm} />
            </Flex>
          </DataList.Value>
        </DataList.Item>
        <DataList.Item>
          <DataList.Label minWidth={LABEL_WIDTH}>{t('overview.created')}</DataList.Label>
          <DataList.Value>{formatTime(Date.parse(config.createdAt))}</DataList.Value>
        </DataList.Item>
        <DataList.Item>
          <DataList.Label minWidth={LABEL_WIDTH}>{t('overview.id')}</DataList.Label>
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
