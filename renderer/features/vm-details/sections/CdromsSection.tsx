import { Button, Flex, Text, Tooltip } from '@radix-ui/themes';
import { PlusIcon } from '@radix-ui/react-icons';
import { useState } from 'react';
import type { CdromConfig } from '../../../../shared/model/index.js';
import { EnumSelect, type EnumOption } from '../../../forms/EnumSelect.js';
import { FormField } from '../../../forms/FormField.js';
import { rowKey } from '../../../forms/forward-rows.js';
import { PathField } from '../../../forms/PathField.js';
import { describeError } from '../../../lib/errors.js';
import { notify } from '../../../store/notices.js';
import { updateVm } from '../details-actions.js';
import type { CdromDraft } from '../editor-draft.js';
import type { Editor } from '../editor.js';
import { mediumNotice, mediumPatch, sameDrives } from './cd-medium.js';
import { DeviceCard } from './DeviceCard.js';
import styles from '../editor.module.css';

const BUS: readonly EnumOption<CdromConfig['bus']>[] = [
  { value: 'sata', label: 'SATA' },
  { value: 'ide', label: 'IDE' },
  { value: 'scsi', label: 'SCSI' },
];

export function CdromsSection({ ed }: { ed: Editor }) {
  const { draft, set, errors, running, config, vm } = ed;
  const [busy, setBusy] = useState<number | null>(null);
  const [failed, setFailed] = useState<{ index: number; message: string } | null>(null);
  const update = (i: number, patch: Partial<CdromDraft>) => set({ cdroms: draft.cdroms.map((d, j) => (j === i ? { ...d, ...patch } : d)) });
  // Eject and Change… act at once on the stored drive (live when the VM runs), as in virt-manager. Only
  // while the page shows the stored drives: with drives added, removed or moved, drive i is not the VM's i.
  const atOnce = sameDrives(draft.cdroms, config.cdroms);

  async function swap(i: number, file: string | null) {
    update(i, { file: file ?? '' });
    setFailed(null);
    if (!atOnce) return;
    setBusy(i);
    try {
      const result = await updateVm(vm.id, { cdroms: mediumPatch(config.cdroms, i, file) });
      notify({ tone: 'success', title: mediumNotice(i, file, result.appliedLive) });
    } catch (err) {
      setFailed({ index: i, message: describeError(err) });
    } finally {
      setBusy(null);
    }
  }

  const hint = !atOnce
    ? 'Apply the new drives first: until then Eject and Change… wait for Apply too.'
    : running
      ? 'Eject and Change… act at once: the running guest sees the new medium now. A path typed here waits for Apply.'
      : 'Eject and Change… are saved at once; a path typed here waits for Apply. Empty = no medium in the drive.';

  return (
    <Flex direction="column" gap="3">
      {draft.cdroms.length === 0 ? (
        <Text size="2" color="gray">
          No CD-ROM drives.
        </Text>
      ) : null}
      {draft.cdroms.map((cd, i) => {
        const err = errors[`cdroms.${i}.file`] ?? (failed?.index === i ? failed.message : undefined);
        return (
          <DeviceCard
            key={cd.key}
            title={`CD-ROM ${i + 1}`}
            detail={cd.file.trim() ? undefined : 'empty'}
            removeLabel={`Remove CD-ROM ${i + 1}`}
            removeHint="Remove the drive from the VM"
            onRemove={() => set({ cdroms: draft.cdroms.filter((_, j) => j !== i) })}
          >
            <FormField id={`hw-cd-${i}-file`} label="ISO image" error={err} hint={hint}>
              <PathField
                id={`hw-cd-${i}-file`}
                kind="iso"
                error={err}
                placeholder="empty drive"
                value={cd.file}
                onChange={(file) => update(i, { file })}
                onPick={(file) => void swap(i, file)}
                browseLabel="Change…"
                browseName={`Change the medium of CD-ROM ${i + 1}`}
                disabled={busy !== null}
              >
                <Tooltip content={running && atOnce ? 'Take the medium out of the running VM now' : 'Take the medium out'}>
                  <Button
                    type="button"
                    variant="soft"
                    color="gray"
                    disabled={!cd.file || busy !== null}
                    onClick={() => void swap(i, null)}
                    aria-label={`Eject CD-ROM ${i + 1}`}
                  >
                    Eject
                  </Button>
                </Tooltip>
              </PathField>
            </FormField>
            <div className={styles.fieldGrid}>
              <FormField id={`hw-cd-${i}-bus`} label="Bus">
                <EnumSelect id={`hw-cd-${i}-bus`} value={cd.bus} options={BUS} onChange={(bus) => update(i, { bus })} />
              </FormField>
            </div>
          </DeviceCard>
        );
      })}
      {errors.cdroms ? (
        <Text size="1" color="red">
          {errors.cdroms}
        </Text>
      ) : null}
      <Button
        type="button"
        variant="soft"
        className={styles.addButton}
        disabled={draft.cdroms.length >= 4}
        onClick={() => set({ cdroms: [...draft.cdroms, { key: rowKey(), file: '', bus: 'sata' }] })}
      >
        <PlusIcon /> Add a CD-ROM drive
      </Button>
    </Flex>
  );
}
