import { Button, Checkbox, Code, Flex, Grid, Text } from '@radix-ui/themes';
import { PlusIcon } from '@radix-ui/react-icons';
import { useState } from 'react';
import type { CacheMode, DiskFormat } from '../../../../shared/model/index.js';
import { absolutePath } from '../../../../shared/schemas/index.js';
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
import styles from '../editor.module.css';

const CACHE: readonly EnumOption<CacheMode>[] = [
  { value: 'default', label: 'QEMU default (writeback)' },
  { value: 'none', label: 'none: host page cache bypassed (O_DIRECT)' },
  { value: 'writeback', label: 'writeback: fast, flushed when the guest asks' },
  { value: 'writethrough', label: 'writethrough: every write reaches the disk' },
  { value: 'directsync', label: 'directsync: O_DIRECT and synchronous' },
  { value: 'unsafe', label: 'unsafe: ignores flushes (scratch data only)' },
];

const FORMATS: readonly EnumOption<DiskFormat>[] = (['qcow2', 'raw', 'vmdk', 'vdi'] as const).map((f) => ({ value: f, label: f }));

function AddDisk({ onAdd }: { onAdd: (d: DiskDraft) => void }) {
  const [open, setOpen] = useState(false);
  const [path, setPath] = useState('');
  const [format, setFormat] = useState<DiskFormat>('qcow2');
  const check = absolutePath.safeParse(path.trim());
  const error = path && !check.success ? check.error.issues[0]?.message : undefined;
  if (!open) {
    return (
      <Button type="button" variant="soft" size="2" onClick={() => setOpen(true)} className={styles.addButton}>
        <PlusIcon /> Add an existing disk image
      </Button>
    );
  }
  return (
    <Flex direction="column" gap="2" className={styles.addPanel}>
      <Grid columns="1fr 120px" gap="2" align="end">
        <FormField id="hw-add-disk" label="Disk image to add" error={error}>
          <PathField
            id="hw-add-disk"
            kind="disk"
            error={error}
            placeholder="/var/lib/images/data.qcow2"
            value={path}
            onChange={setPath}
            autoFocus
          />
        </FormField>
        <FormField id="hw-add-disk-format" label="Format">
          <EnumSelect id="hw-add-disk-format" value={format} options={FORMATS} onChange={setFormat} />
        </FormField>
      </Grid>
      <Flex gap="2" justify="end">
        <Button type="button" variant="soft" color="gray" size="1" onClick={() => setOpen(false)}>
          Cancel
        </Button>
        <Button
          type="button"
          size="1"
          disabled={!check.success}
          onClick={() => {
            onAdd({ key: rowKey(), file: path.trim(), format, bus: 'virtio', cache: 'default', readOnly: false });
            setOpen(false);
            setPath('');
          }}
        >
          Add disk
        </Button>
      </Flex>
    </Flex>
  );
}

export function DisksSection({ ed }: { ed: Editor }) {
  const { draft, set, errors } = ed;
  // The image behind each saved disk (qemu-img info), with the Disks view's actions.
  const images = useDisks(ed.vm.id);
  const update = (i: number, patch: Partial<DiskDraft>) => set({ disks: draft.disks.map((d, j) => (j === i ? { ...d, ...patch } : d)) });
  return (
    <Flex direction="column" gap="3">
      {images.error ? <EngineErrorCallout title="Could not read the disk images:" message={images.error} /> : null}
      {draft.disks.length === 0 ? (
        <Text size="2" color="gray">
          No disks.
        </Text>
      ) : null}
      {draft.disks.map((d, i) => (
        <DeviceCard
          key={d.key}
          title={`Disk ${i + 1}`}
          detail={`${d.format}${d.file.startsWith('/') ? '' : ', in the VM folder'}`}
          removeLabel={`Remove disk ${i + 1}`}
          removeHint="Detach from the VM; the image file is not deleted"
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
            <FormField id={`hw-disk-${i}-cache`} label="Cache mode">
              <EnumSelect id={`hw-disk-${i}-cache`} wide value={d.cache} options={CACHE} onChange={(cache) => update(i, { cache })} />
            </FormField>
          </div>
          <Text as="label" size="2">
            <Flex gap="2" align="center">
              <Checkbox checked={d.readOnly} onCheckedChange={(c) => update(i, { readOnly: c === true })} />
              Read-only: the guest cannot write to this disk
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
