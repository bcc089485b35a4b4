import { Button, Flex, Text, Tooltip } from '@radix-ui/themes';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
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
import { DeviceListFooter } from './DeviceListFooter.js';
import styles from '../editor.module.css';

const BUS: readonly EnumOption<CdromConfig['bus']>[] = [
  { value: 'sata', label: 'SATA' },
  { value: 'ide', label: 'IDE' },
  { value: 'scsi', label: 'SCSI' },
];

export function CdromsSection({ ed }: { ed: Editor }) {
  const { t } = useTranslation('details');
  const { draft, set, errors, running, config, vm } = ed;
  const [busy, setBusy] = useState<number | null>(null);
  const [failed, setFailed] = useState<{ index: number; err: unknown } | null>(null);
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
      notify({ tone: 'success', title: mediumNotice(t, i, file, result.appliedLive) });
    } catch (err) {
      setFailed({ index: i, err });
    } finally {
      setBusy(null);
    }
  }

  const hint = t(!atOnce ? 'cdroms.hintApplyFirst' : running ? 'cdroms.hintRunning' : 'cdroms.hintStopped');

  return (
    <Flex direction="column" gap="3">
      {draft.cdroms.length === 0 ? (
        <Text size="2" color="gray">
          {t('cdroms.none')}
        </Text>
      ) : null}
      {draft.cdroms.map((cd, i) => {
        const err = errors[`cdroms.${i}.file`] ?? (failed?.index === i ? describeError(failed.err) : undefined);
        const n = i + 1;
        return (
          <DeviceCard
            key={cd.key}
            title={t('cdroms.title', { n })}
            detail={cd.file.trim() ? undefined : t('cdroms.empty')}
            removeLabel={t('cdroms.remove', { n })}
            removeHint={t('cdroms.removeHint')}
            onRemove={() => set({ cdroms: draft.cdroms.filter((_, j) => j !== i) })}
          >
            <FormField id={`hw-cd-${i}-file`} label={t('cdroms.iso')} error={err} hint={hint}>
              <PathField
                id={`hw-cd-${i}-file`}
                kind="iso"
                error={err}
                placeholder={t('cdroms.emptyDrive')}
                value={cd.file}
                onChange={(file) => update(i, { file })}
                onPick={(file) => void swap(i, file)}
                browseLabel={t('cdroms.change')}
                browseName={t('cdroms.changeName', { n })}
                disabled={busy !== null}
              >
                <Tooltip content={t(running && atOnce ? 'cdroms.ejectLiveHint' : 'cdroms.ejectHint')}>
                  <Button
                    type="button"
                    variant="soft"
                    color="gray"
                    disabled={!cd.file || busy !== null}
                    onClick={() => void swap(i, null)}
                    aria-label={t('cdroms.ejectName', { n })}
                  >
                    {t('cdroms.eject')}
                  </Button>
                </Tooltip>
              </PathField>
            </FormField>
            <div className={styles.fieldGrid}>
              <FormField id={`hw-cd-${i}-bus`} label={t('cdroms.bus')}>
                <EnumSelect id={`hw-cd-${i}-bus`} value={cd.bus} options={BUS} onChange={(bus) => update(i, { bus })} />
              </FormField>
            </div>
          </DeviceCard>
        );
      })}
      <DeviceListFooter
        error={errors.cdroms}
        label={t('cdroms.add')}
        disabled={draft.cdroms.length >= 4}
        onAdd={() => set({ cdroms: [...draft.cdroms, { key: rowKey(), file: '', bus: 'sata' }] })}
      />
    </Flex>
  );
}
