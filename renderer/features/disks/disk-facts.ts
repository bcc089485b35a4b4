// What the Disks view and the hardware editor's Disks page say about an image: one wording for both,
// in the window's language (components that show it re-render on a change through useTranslation).
import type { DiskCheckResult, DiskEntry, ImageLayer } from '../../../shared/api.js';
import { i18n, say } from '../../i18n/i18n.js';
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
  if (entry.vm) return i18n.t('storage:owner.vmDisk', { vm: entry.vm.name, n: entry.vm.index + 1 });
  if (entry.usedBy.length) return i18n.t('storage:owner.baseUsedBy', { names: entry.usedBy.join(', ') });
  return i18n.t('storage:owner.baseUnused');
}

/** "No backing file", or the files under this one, nearest first: "Backed by base.qcow2 → os.raw". */
export function describeChain(chain: readonly ImageLayer[] | null): string {
  if (!chain) return i18n.t('storage:chain.unreadable');
  if (chain.length <= 1) return i18n.t('storage:chain.none');
  const files = chain
    .slice(1)
    .map((l) => fileName(l.path))
    .join(' → ');
  return i18n.t('storage:chain.backedBy', { files });
}

/** Why qemu-img could not read the image: the engine's words, else ours. */
export const unreadableText = (entry: Pick<DiskEntry, 'error'>): string =>
  entry.error ? say(entry.error) : i18n.t('storage:image.unreadable');

/**
 * Why this entry's actions cannot run now, or null. A VM's disk (Resize/Convert/Check): the engine's
 * reason first (the VM runs, its state is saved, clones depend on it), and an unreadable image has
 * nothing to act on. A shared base (Delete base…): only once no linked clone builds on it.
 */
export function actionRefusal(entry: DiskEntry): string | null {
  if (!entry.vm) {
    const count = entry.usedBy.length;
    if (!count) return null;
    return i18n.t('storage:refusal.baseInUse', { count, names: entry.usedBy.join(', ') });
  }
  if (entry.busy) return sentence(say(entry.busy));
  if (!entry.chain) return unreadableText(entry);
  return null;
}

export const VERDICT_COLOR: Record<DiskCheckResult['verdict'], 'green' | 'amber' | 'red' | 'gray'> = {
  clean: 'green',
  leaks: 'amber',
  corrupt: 'red',
  unsupported: 'gray',
};

/** The verdict's name on its badge: "Clean", "Leaked clusters"... */
export const verdictLabel = (verdict: DiskCheckResult['verdict']): string => i18n.t(`storage:check.verdict.${verdict}`);

/** The verdict in a sentence a person can act on; qemu-img's own words are shown below it. */
export function verdictSummary(r: DiskCheckResult): string {
  switch (r.verdict) {
    case 'clean':
      return i18n.t('storage:check.summary.clean');
    case 'leaks':
      return i18n.t('storage:check.summary.leaks', { count: r.leaks });
    case 'corrupt':
      return i18n.t('storage:check.summary.corrupt', { count: r.corruptions });
    case 'unsupported':
      return i18n.t('storage:check.summary.unsupported');
  }
}
