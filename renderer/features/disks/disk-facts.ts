// What the Disks view and the hardware editor's Disks page say about an image: one wording for both.
import type { DiskCheckResult, DiskEntry, ImageLayer } from '../../../shared/api.js';
import { sentence } from '../../lib/format.js';

/** The last part of a path: what fits in a table cell (the full path goes in a tooltip). */
export function fileName(path: string): string {
  const cut = path.replace(/\/+$/, '');
  return cut.slice(cut.lastIndexOf('/') + 1) || path;
}

/**
 * The listed image of a VM's disk slot: a disk in the VM folder is named by its file name in the
 * config and by its full path in the list.
 */
export function imageOfDisk(entries: readonly DiskEntry[], index: number, file: string): DiskEntry | null {
  return entries.find((e) => e.vm?.index === index && (e.path === file || e.path.endsWith(`/${file}`))) ?? null;
}

/** Whose image it is: "web · disk 1", or for a base of linked clones the VMs that read it. */
export function diskOwner(entry: Pick<DiskEntry, 'vm' | 'usedBy'>): string {
  if (entry.vm) return `${entry.vm.name} · disk ${entry.vm.index + 1}`;
  if (entry.usedBy.length) return `Shared base — used by ${entry.usedBy.join(', ')}`;
  return 'Shared base — no VM uses it now';
}

/** "No backing file", or the files under this one, nearest first: "Backed by base.qcow2 → os.raw". */
export function describeChain(chain: readonly ImageLayer[] | null): string {
  if (!chain) return 'Unreadable';
  if (chain.length <= 1) return 'No backing file';
  return `Backed by ${chain
    .slice(1)
    .map((l) => fileName(l.path))
    .join(' → ')}`;
}

/**
 * Why this entry's actions cannot run now, or null. A VM's disk (Resize/Convert/Check): the engine's
 * reason first (the VM runs, its state is saved, clones depend on it), and an unreadable image has
 * nothing to act on. A shared base (Delete base…): only once no linked clone builds on it.
 */
export function actionRefusal(entry: DiskEntry): string | null {
  if (!entry.vm) {
    const n = entry.usedBy.length;
    if (!n) return null;
    return `${entry.usedBy.join(', ')} ${n === 1 ? 'builds' : 'build'} on this base: it can be deleted once no VM does (deleting a linked clone keeps its base).`;
  }
  if (entry.busy) return sentence(entry.busy);
  if (!entry.chain) return entry.error ?? 'qemu-img cannot read this image.';
  return null;
}

export const VERDICT: Record<DiskCheckResult['verdict'], { label: string; color: 'green' | 'amber' | 'red' | 'gray' }> = {
  clean: { label: 'Clean', color: 'green' },
  leaks: { label: 'Leaked clusters', color: 'amber' },
  corrupt: { label: 'Corrupt', color: 'red' },
  unsupported: { label: 'Cannot be checked', color: 'gray' },
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The verdict in a sentence a person can act on; qemu-img's own words are shown below it. */
export function verdictSummary(r: DiskCheckResult): string {
  switch (r.verdict) {
    case 'clean':
      return 'No errors: the image is consistent.';
    case 'leaks':
      return `${plural(r.leaks, 'leaked cluster', 'leaked clusters')}: space is wasted, but no data is lost. Converting the image drops them.`;
    case 'corrupt':
      return `${plural(r.corruptions, 'error', 'errors')} in the image's metadata: copy what matters out of the guest before anything else, then repair (qemu-img check -r) on a copy.`;
    case 'unsupported':
      return 'This format keeps no metadata qemu-img could check (raw images have none).';
  }
}
