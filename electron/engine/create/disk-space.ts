// The disks a creation plan makes or uses, with their sizes (what Review lists), and whether they fit
// in the free space where the VM's folder goes. A converted copy claims its bytes on the host at once.
// A raw disk counts at its full size: qemu-img makes it sparse, but it is a file of that size from the
// start, which a copy or backup writes out in full and the guest can fill (virt-manager allocates raw
// volumes in full for that reason). Either one that does not fit is refused with the figures; a qcow2,
// whose file is only as large as what the guest wrote, gets a warning when it could outgrow the space.
import fs from 'node:fs/promises';
import path from 'node:path';
import { says, type Message, type Param } from '../../../shared/i18n/index.js';
import type { PlannedDisk } from '../../../shared/schemas/wizard-methods.js';
import type { CreatePlan } from './plan-create.js';

/** What qemu-img info says of an image the input names (to import, or to use as it is). */
export interface ImageSize {
  virtualSize: number;
  /** Bytes its file takes now (null when qemu-img does not say). */
  actualSize: number | null;
}

/** PURE: the plan's disks in the definition's order, with sizes. `dir` is the VM's folder. */
export function plannedDisks(plan: CreatePlan, dir: string, images: Record<string, ImageSize>): PlannedDisk[] {
  return plan.config.disks.map((d, i) => {
    const origin = plan.origins[i]!;
    const step = plan.steps.find((s) => s.file === d.file);
    const base = { file: d.file, format: d.format, bus: d.bus, origin, path: step ? path.join(dir, d.file) : d.file };
    if (step?.kind === 'create') return { ...base, virtualSize: step.sizeBytes, hostBytes: step.format === 'raw' ? step.sizeBytes : null };
    const image = images[step?.kind === 'convert' ? step.src : step?.kind === 'overlay' ? step.base : d.file];
    const virtualSize = image?.virtualSize ?? 0;
    // qemu-img convert skips what reads as zeros: the copy takes about what the image holds now.
    if (origin === 'converted') return { ...base, virtualSize, hostBytes: image?.actualSize ?? virtualSize };
    return { ...base, virtualSize, hostBytes: null };
  });
}

const GiB = 1024 ** 3;
/**
 * "77.2 GiB", "1,000 GiB", "512 MiB" / "77,2 Gio": figures a person compares at a glance, to a tenth of
 * a GiB below 100 GiB (the catalog formats the number in the reader's language).
 */
export function sizeOf(n: number): Message {
  if (n < GiB) return says('files:create.mib', { n: Math.round(n / 1024 ** 2) });
  const g = n / GiB;
  return says('files:create.gib', { n: g >= 100 ? Math.round(g) : Math.round(g * 10) / 10 });
}

export interface SpaceVerdict {
  /** The first disk that does not fit, and why (with the figures and what to do). */
  refusal: { index: number; message: Message } | null;
  warnings: Message[];
}

/** PURE: do the disks fit in `free` bytes at `where` (the place, e.g. "the data folder /data")? */
export function checkSpace(disks: PlannedDisk[], free: number, where: Param): SpaceVerdict {
  let claimed = 0;
  for (const [index, d] of disks.entries()) {
    if (d.hostBytes === null) continue;
    claimed += d.hostBytes;
    if (claimed <= free) continue;
    const left = sizeOf(Math.max(0, free - (claimed - d.hostBytes)));
    const message =
      d.origin === 'converted'
        ? says('files:create.convertSpace', { size: sizeOf(d.hostBytes), where, free: left })
        : says('files:create.rawSpace', { size: sizeOf(d.virtualSize), where, free: left });
    return { refusal: { index, message }, warnings: [] };
  }
  const warnings = disks.flatMap((d) => {
    if (d.hostBytes !== null || (d.origin !== 'new' && d.origin !== 'overlay') || d.virtualSize <= free - claimed) return [];
    const room = { size: sizeOf(d.virtualSize), free: sizeOf(Math.max(0, free - claimed)), where };
    return [d.origin === 'new' ? says('files:create.growNew', { ...room, format: d.format }) : says('files:create.growOverlay', room)];
  });
  return { refusal: null, warnings };
}

/** Free bytes for this user on the file system that holds `dir` (or its nearest existing parent). */
export async function freeBytes(dir: string): Promise<number> {
  for (let at = dir; ; at = path.dirname(at)) {
    try {
      const st = await fs.statfs(at);
      return st.bavail * st.bsize;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT' || path.dirname(at) === at) throw err;
    }
  }
}
