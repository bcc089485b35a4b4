import { Button, Checkbox, Code, Flex, Grid, Text } from '@radix-ui/themes';
import { PlusIcon } from '@radix-ui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CacheMode, DiskFormat } from '../../../../shared/model/index.js';
import { absolutePath, check as checkWith } from '../../../../shared/schemas/index.js';
import { DiskBusField } from '../../../forms/DiskBusField.js';
import { EnumSelect, type EnumOption } from '../../../forms/EnumSelect.js';
import { FormField } from '../../../forms/FormField.js';
import { PathField } from '../../../forms/PathField.js';
import { rowKey } from '../../../forms/forward-rows.js';
import type { DiskDraft } from '../editor-draft.js';
import type { Editor } from '../editor.js';
import { DeviceCard } from './DeviceCard.js';
import { NewDiskPanel } from './NewDiskPanel.js';
import { imageOfDisk } from '../../disks/disk-facts.js';
import { useDisks } from '../../disks/useDisks.js';
import { VmDiskImage } from '../../disks/VmDiskImage.js';
import { EngineErrorCallout } from '../../../forms/EngineErrorCallout.js';
import { issueText } from '../../../lib/errors.js';
import styles from '../editor.module.css';

const CACHE = {
  default: 'disks.cacheDefault',
  none: 'disks.cacheNone',
  writeback: 'disks.cacheWriteback',
  writethrough: 'disks.cacheWritethrough',
  directsync: 'disks.cacheDirectsync',
  unsafe: 'disks.cacheUnsafe',
} as const satisfies Record<CacheMode, string>;

/** An example path, the same in every language. */
const IMAGE_EXAMPLE = '/var/lib/images/data.qcow2';

const FORMATS: readonly EnumOption<DiskFormat>[] = (['qcow2', 'raw', 'vmdk', 'vdi'] as const).map((f) => ({ value: f, label: f }));

function AddDisk({ onAdd }: { onAdd: (d: DiskDraft) => void }) {
  const { t } = useTranslation(['details', 'common']);
  const [open, setOpen] = useState(false);
  const [path, setPath] = useState('');
  const [format, setFormat] = useState<DiskFormat>('qcow2');
  const check = checkWith(absolutePath, path.trim());
  const error = path && !check.ok ? issueText(check.issues[0]!) : undefined;
  if (!open) {
    return (
      <Button type="button" variant="soft" size="2" onClick={() => setOpen(true)} className={styles.addButton}>
        <PlusIcon /> {t('disks.addExisting')}
      </Button>
    );
  }
  return (
    <Flex direction="column" gap="2" className={styles.addPanel}>
      <Grid columns="1fr 120px" gap="2" align="end">
        <FormField id="hw-add-disk" label={t('disks.image')} error={error}>
          <PathField id="hw-add-disk" kind="disk" error={error} placeholder={IMAGE_EXAMPLE} value={path} onChange={setPath} autoFocus />
        </FormField>
        <FormField id="hw-add-disk-format" label={t('disks.format')}>
          <EnumSelect id="hw-add-disk-format" value={format} options={FORMATS} onChange={setFormat} />
        </FormField>
      </Grid>
      <Flex gap="2" justify="end">
        <Button type="button" variant="soft" color="gray" size="1" onClick={() => setOpen(false)}>
          {t('common:action.cancel')}
        </Button>
        <Button
          type="button"
          size="1"
          disabled={!check.ok}
          onClick={() => {
            onAdd({ key: rowKey(), file: path.trim(), format, bus: 'virtio', cache: 'default', readOnly: false });
            setOpen(false);
            setPath('');
          }}
        >
          {t('disks.add')}
        </Button>
      </Flex>
    </Flex>
  );
}

export function DisksSection({ ed }: { ed: Editor }) {
  const { t } = useTranslation('details');
  const { draft, set, errors } = ed;
  // The image behind each saved disk (qemu-img info), with the Disks view's actions.
  const images = useDisks(ed.vm.id);
  const update = (i: number, patch: Partial<DiskDraft>) => set({ disks: draft.disks.map((d, j) => (j === i ? { ...d, ...patch } : d)) });
  const cacheOptions: EnumOption<CacheMode>[] = Object.entries(CACHE).map(([value, key]) => ({ value: value as CacheMode, label: t(key) }));
  return (
    <Flex direction="column" gap="3">
      {images.error ? <EngineErrorCallout title={t('disks.readError')} message={images.error} /> : null}
      {draft.disks.length === 0 ? (
        <Text size="2" color="gray">
          {t('disks.none')}
        </Text>
      ) : null}
      {draft.disks.map((d, i) => (
        <DeviceCard
          key={d.key}
          title={t('disks.title', { n: i + 1 })}
          detail={d.file.startsWith('/') ? d.format : t('disks.inFolder', { format: d.format })}
          removeLabel={t('disks.remove', { n: i + 1 })}
          removeHint={t('disks.removeHint')}
          onRemove={() => set({ disks: draft.disks.filter((_, j) => j !== i) })}
        >
          <Code variant="ghost" size="2" className="path">
            {d.file}
          </Code>
          {images.data || !images.error ? (
            <VmDiskImage entry={images.data ? imageOfDisk(images.data, i, d.file) : undefined} onChanged={images.reload} />
          ) : null}
          {errors[`disks.${i}.file`] ? (
            <Text size="1" color="red">
              {errors[`disks.${i}.file`]}
            </Text>
          ) : null}
          <div className={styles.fieldGrid}>
            <DiskBusField id={`hw-disk-${i}-bus`} value={d.bus} onChange={(bus) => update(i, { bus })} />
            <FormField id={`hw-disk-${i}-cache`} label={t('disks.cache')}>
              <EnumSelect
                id={`hw-disk-${i}-cache`}
                wide
                value={d.cache}
                options={cacheOptions}
                onChange={(cache) => update(i, { cache })}
              />
            </FormField>
          </div>
          <Text as="label" size="2">
            <Flex gap="2" align="center">
              <Checkbox checked={d.readOnly} onCheckedChange={(c) => update(i, { readOnly: c === true })} />
              {t('disks.readOnly')}
            </Flex>
          </Text>
        </DeviceCard>
      ))}
      {errors.disks ? (
        <Text size="1" color="red">
          {errors.disks}
        </Text>
      ) : null}
      <Flex gap="2" wrap="wrap">
        <NewDiskPanel vmId={ed.vm.id} defaultBus={draft.disks[0]?.bus ?? 'virtio'} />
        <AddDisk onAdd={(disk) => set({ disks: [...draft.disks, disk] })} />
      </Flex>
    </Flex>
  );
}
