// How a snapshot is described in the table and in the Revert dialog, in the window's language.
import type { SnapshotInfo } from '../../../shared/api.js';
import type { VmState } from '../../../shared/model/index.js';
import { i18n } from '../../i18n/i18n.js';
import { formatBytes } from '../../lib/format.js';

export function snapshotKind(s: Pick<SnapshotInfo, 'live'>): string {
  return s.live ? i18n.t('storage:tree.live') : i18n.t('storage:tree.disksOnly');
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
export function takeExplanation(state: VmState, agentAnswers = false): string {
  if (!guestUp(state)) return i18n.t('storage:take.off');
  // A live snapshot with the guest agent answering freezes the guest's file systems too (the engine's rule).
  return agentAnswers ? `${i18n.t('storage:take.running')} ${i18n.t('guest:snapshot.teach')}` : i18n.t('storage:take.running');
}

/** What reverting does to the VM as it is now: what is lost first, then what happens after. */
export function revertConsequences(snap: Pick<SnapshotInfo, 'live' | 'createdAt'>, state: VmState): string[] {
  const lost = i18n.t('storage:revert.lost');
  if (snap.live && guestUp(state)) return [lost, i18n.t('storage:revert.liveRunning')];
  if (snap.live) return [lost, i18n.t('storage:revert.liveStopped')];
  if (guestUp(state)) return [lost, i18n.t('storage:revert.disksRunning')];
  return [lost, i18n.t('storage:revert.disksStopped')];
}

/** A name for the dialog's field that is not taken yet: "Snapshot 3" ("Instantané 3" in French). */
export function nextSnapshotName(taken: readonly string[]): string {
  const names = new Set(taken);
  for (let n = taken.length + 1; ; n++) {
    const name = i18n.t('storage:take.defaultName', { n });
    if (!names.has(name)) return name;
  }
}
