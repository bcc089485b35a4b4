// How a snapshot is described in the table and in the Revert dialog.
import type { SnapshotInfo } from '../../../shared/api.js';
import type { VmState } from '../../../shared/model/index.js';
import { formatBytes } from '../../lib/format.js';

export function snapshotKind(s: Pick<SnapshotInfo, 'live'>): string {
  return s.live ? 'Live: memory and disks' : 'Disks only';
}

/** The saved memory and devices; a disks-only snapshot has none. */
export function stateSize(s: Pick<SnapshotInfo, 'vmStateBytes'>): string {
  return s.vmStateBytes > 0 ? formatBytes(s.vmStateBytes) : '—';
}

/** A QEMU process runs the guest, so a live snapshot can be taken (or a live one restores into it). */
function guestUp(state: VmState): boolean {
  return state === 'running' || state === 'paused';
}

/** What taking a snapshot now will keep, as the dialog says it before the person confirms. */
export function takeExplanation(state: VmState): string {
  return guestUp(state)
    ? 'The VM is running: the snapshot keeps its memory and its disks (live). The guest pauses while its memory is written.'
    : 'The VM is off: the snapshot keeps its disks only.';
}

/** What reverting does to the VM as it is now: what is lost first, then what happens after. */
export function revertConsequences(snap: Pick<SnapshotInfo, 'live' | 'createdAt'>, state: VmState): string[] {
  const lost = 'The current state is lost: everything written to the disks since the snapshot was taken is gone.';
  if (snap.live && guestUp(state))
    return [lost, 'The running guest is replaced by the one in the snapshot, memory included; unsaved work in it is gone too.'];
  if (snap.live)
    return [lost, 'This is a live snapshot, so reverting starts the VM: the guest carries on from the moment the snapshot was taken.'];
  if (guestUp(state)) return [lost, 'The snapshot holds the disks only: the running guest’s memory is not in it.'];
  return [lost, 'The VM stays off and boots from the restored disks next time.'];
}

/** A name for the dialog's field that is not taken yet: "Snapshot 3". */
export function nextSnapshotName(taken: readonly string[]): string {
  const names = new Set(taken);
  for (let n = taken.length + 1; ; n++) if (!names.has(`Snapshot ${n}`)) return `Snapshot ${n}`;
}
