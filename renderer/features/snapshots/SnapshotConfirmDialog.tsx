import { AlertDialog, Flex, Text } from '@radix-ui/themes';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SnapshotInfo } from '../../../shared/api.js';
import type { SnapshotTree } from '../../../shared/schemas/power-methods.js';
import type { VmSummary } from '../../../shared/model/index.js';
import { ConfirmActionDialog } from '../../forms/ConfirmActionDialog.js';
import { deleteSnapshot, revertSnapshot } from './snapshot-actions.js';
import { revertConsequences } from './snapshot-labels.js';

export interface SnapshotConfirm {
  kind: 'revert' | 'delete';
  snap: SnapshotInfo;
}

interface Props {
  vm: VmSummary;
  confirm: SnapshotConfirm | null;
  onClose: () => void;
  onDone: (tree: SnapshotTree) => void;
}

/** Revert and Delete each lose something for good, so each asks; a refusal stays readable in the dialog. */
export function SnapshotConfirmDialog({ vm, confirm, onClose, onDone }: Props) {
  const { t } = useTranslation(['storage', 'common']);
  // Kept while the dialog closes, so its text does not vanish mid-animation.
  const [shown, setShown] = useState<SnapshotConfirm | null>(confirm);
  useEffect(() => {
    if (confirm) setShown(confirm);
  }, [confirm]);

  const kind = shown?.kind ?? 'delete';
  const snap = shown?.snap;
  return (
    <ConfirmActionDialog
      open={confirm !== null}
      onClose={onClose}
      title={
        kind === 'revert'
          ? t('revert.title', { vm: vm.name, snap: snap?.name ?? '' })
          : t('deleteSnapshot.title', { snap: snap?.name ?? '' })
      }
      action={kind === 'revert' ? t('revert.action') : t('common:action.delete')}
      run={async () => {
        if (!confirm) return;
        onDone(await (confirm.kind === 'revert' ? revertSnapshot(vm, confirm.snap) : deleteSnapshot(vm, confirm.snap)));
      }}
    >
      {snap && kind === 'revert' ? (
        <Flex direction="column" gap="2">
          <Text as="p" size="1" color="gray">
            {snap.description
              ? t('revert.takenDescribed', { at: Date.parse(snap.createdAt), description: snap.description })
              : t('revert.taken', { at: Date.parse(snap.createdAt) })}
          </Text>
          {/* The first consequence is the loss: that is what the dialog is about. */}
          {revertConsequences(snap, vm.status.state).map((line, i) =>
            i === 0 ? (
              <AlertDialog.Description key={line} size="2">
                {line}
              </AlertDialog.Description>
            ) : (
              <Text as="p" size="2" key={line}>
                {line}
              </Text>
            ),
          )}
        </Flex>
      ) : (
        <AlertDialog.Description size="2">{t('deleteSnapshot.body')}</AlertDialog.Description>
      )}
    </ConfirmActionDialog>
  );
}
