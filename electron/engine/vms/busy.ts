// Why a VM's disks or snapshots must not be touched now. Pure over its entry.
import { says, type Message } from '../../../shared/i18n/index.js';
import { stateWord } from '../engine-messages.js';
import type { VmEntry } from './registry.js';

/** Why this VM's disks must not be changed now, or null. */
export function vmBusy(e: VmEntry): Message | null {
  if (e.proc.isActive) return says('engine:busy.disksLocked', { state: stateWord(e.proc.status.state) });
  if (e.saved) return says('engine:busy.disksSaved');
  return null;
}

/** Snapshots work on a VM that is off, or running or paused (live); not in between, not saved, not disposable. */
export function snapshotBusy(e: VmEntry): Message | null {
  const status = e.proc.status;
  if (e.saved) return says('engine:busy.snapshotSaved');
  if (status.disposable) return says('engine:busy.disposable');
  if (['starting', 'shutting-down'].includes(status.state)) return says('engine:busy.transition', { state: stateWord(status.state) });
  return null;
}
