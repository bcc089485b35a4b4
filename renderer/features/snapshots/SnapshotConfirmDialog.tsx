import { AlertDialog, Button, Flex, Text } from '@radix-ui/themes';
import { useEffect, useState } from 'react';
import type { SnapshotInfo, SnapshotList } from '../../../shared/api.js';
import type { VmSummary } from '../../../shared/model/index.js';
import { describeError } from '../../lib/errors.js';
import { formatTime } from '../../lib/format.js';
import { EngineErrorCallout } from '../../forms/EngineErrorCallout.js';
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
  onDone: (list: SnapshotList) => void;
}

/** Revert and Delete each lose something for good, so each asks; a refusal stays readable in the dialog. */
export function SnapshotConfirmDialog({ vm, confirm, onClose, onDone }: Props) {
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Kept while the dialog closes, so its text does not vanish mid-animation.
  const [shown, setShown] = useState<SnapshotConfirm | null>(confirm);
  useEffect(() => {
    if (confirm) setShown(confirm);
    setError(null);
  }, [confirm]);

  async function go() {
    if (!confirm || working) return;
    const { kind, snap } = confirm;
    setWorking(true);
    setError(null);
    try {
      onDone(await (kind === 'revert' ? revertSnapshot(vm, snap) : deleteSnapshot(vm, snap)));
      onClose();
    } catch (err) {
      setError(describeError(err));
    } finally {
      setWorking(false);
    }
  }

  const kind = shown?.kind ?? 'delete';
  const snap = shown?.snap;
  return (
    <AlertDialog.Root open={confirm !== null} onOpenChange={(o) => !o && !working && onClose()}>
      <AlertDialog.Content maxWidth="480px">
        <AlertDialog.Title>
          {kind === 'revert' ? `Revert “${vm.name}” to “${snap?.name ?? ''}”?` : `Delete snapshot “${snap?.name ?? ''}”?`}
        </AlertDialog.Title>
        {snap && kind === 'revert' ? (
          <Flex direction="column" gap="2">
            <Text as="p" size="1" color="gray">
              Taken {formatTime(Date.parse(snap.createdAt))}
              {snap.description ? ` — ${snap.description}` : ''}
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
          <AlertDialog.Description size="2">
            You can no longer go back to this moment. The VM as it is now is not touched; the space the snapshot holds is freed inside the
            image.
          </AlertDialog.Description>
        )}
        {error ? (
          <Flex mt="3">
            <EngineErrorCallout message={error} />
          </Flex>
        ) : null}
        <Flex gap="3" justify="end" mt="4">
          <AlertDialog.Cancel>
            <Button variant="soft" color="gray" disabled={working}>
              Cancel
            </Button>
          </AlertDialog.Cancel>
          {/* Not AlertDialog.Action: that closes at once, and a refusal must stay readable here. */}
          <Button color="red" loading={working} onClick={() => void go()}>
            {kind === 'revert' ? 'Revert' : 'Delete'}
          </Button>
        </Flex>
      </AlertDialog.Content>
    </AlertDialog.Root>
  );
}
