// What an edit of a VM's settings means while it runs. Pure: which fields changed, which of those
// QEMU can take live (the CD-ROM's medium, the balloon target) and which wait for the next boot.
import type { VmConfig } from '../../../shared/model/index.js';

/** Settings that are VirtDesk's own bookkeeping: they never need QEMU to restart. */
const METADATA: Array<keyof VmConfig> = ['name', 'description', 'osId', 'accel'];

export function changedFields(before: VmConfig, after: VmConfig): Array<keyof VmConfig> {
  return (Object.keys(after) as Array<keyof VmConfig>).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
}

export interface LivePlan {
  /** CD-ROM drives (by index) whose medium changes: eject, or insert the new ISO. */
  cdroms: number[];
  /** New balloon target in MiB, when it changes. */
  balloonMiB: number | null;
  /** Everything else that changed and differs from what the running QEMU was started with. */
  pendingRestart: Array<keyof VmConfig>;
}

/**
 * `running` is the definition the VM was started with, `next` the new one. A CD-ROM medium swap is
 * live only when the drives themselves (count and buses) are unchanged.
 */
export function planLive(running: VmConfig, next: VmConfig): LivePlan {
  const out: LivePlan = { cdroms: [], balloonMiB: null, pendingRestart: [] };
  for (const field of changedFields(running, next)) {
    if (METADATA.includes(field)) continue;
    if (field === 'cdroms' && sameDrives(running, next)) {
      next.cdroms.forEach((cd, i) => {
        if (cd.file !== running.cdroms[i]!.file) out.cdroms.push(i);
      });
      continue;
    }
    if (field === 'currentMemoryMiB' && next.balloon && running.balloon && next.memoryMiB === running.memoryMiB) {
      out.balloonMiB = next.currentMemoryMiB ?? next.memoryMiB;
      continue;
    }
    out.pendingRestart.push(field);
  }
  return out;
}

function sameDrives(a: VmConfig, b: VmConfig): boolean {
  return a.cdroms.length === b.cdroms.length && a.cdroms.every((cd, i) => cd.bus === b.cdroms[i]!.bus);
}
