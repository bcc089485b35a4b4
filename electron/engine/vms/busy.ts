// Why a VM's disks or snapshots must not be touched now. Pure over its entry.
import type { VmEntry } from './registry.js';

/** Why this VM's disks must not be changed now, or null. */
export function vmBusy(e: VmEntry): string | null {
  if (e.proc.isActive) {
    return `the VM is ${e.proc.status.state}, and QEMU holds a lock on its disks: changing them under a running guest would corrupt them. Shut it down first.`;
  }
  if (e.saved) {
    return "the VM's state is saved and expects its disks exactly as they are: restore it (Start) or discard the saved state first.";
  }
  return null;
}

/** Snapshots work on a VM that is off, or running or paused (live); not in between, not saved, not disposable. */
export function snapshotBusy(e: VmEntry): string | null {
  const status = e.proc.status;
  if (e.saved) return "the VM's state is saved: restore it (Start) or discard the saved state first.";
  if (status.disposable) return 'this is a disposable run: its disk changes go to temporary files, so there is nothing to snapshot.';
  if (['starting', 'shutting-down'].includes(status.state)) return `the VM is ${status.state}: wait until it runs or is off.`;
  return null;
}
