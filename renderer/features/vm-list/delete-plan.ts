import type { VmApi } from '../../../shared/api.js';
import { i18n } from '../../i18n/i18n.js';
import { formatBytes } from '../../lib/format.js';

export type PlanFile = Awaited<ReturnType<VmApi['deletionPlan']>>['files'][number];
export type RemoveOutcome = Awaited<ReturnType<VmApi['remove']>>;

/**
 * The first ticks: the VM's own disks go with it, but a disk outside its folder may be shared or
 * precious (an imported image used in place), so deleting it takes a deliberate tick. A base that
 * linked clones build on cannot go at all while they exist (see canDeleteFile).
 */
export function defaultTicks(files: PlanFile[]): Record<string, boolean> {
  return Object.fromEntries(files.map((f) => [f.path, f.insideVmFolder && canDeleteFile(f)]));
}

/** The engine refuses to delete a file another VM uses (as its disk, or as a base of its disk): it would lose its data. */
export function canDeleteFile(file: PlanFile): boolean {
  return file.usedBy.length === 0;
}

export function usedByLabel(file: PlanFile): string {
  return i18n.t('vmList:deleteDialog.usedBy', { count: file.usedBy.length, names: file.usedBy.join(', ') });
}

export function ticked(ticks: Record<string, boolean>): string[] {
  return Object.keys(ticks).filter((p) => ticks[p]);
}

/** A missing file has no size; saying so beats a silent gap next to its path. */
export function sizeLabel(file: PlanFile): string {
  return file.sizeBytes === null ? i18n.t('vmList:deleteDialog.notFound') : formatBytes(file.sizeBytes);
}

export function baseName(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1);
}

/**
 * The notice after deleting: nothing unticked is lost, so say where each kept disk is now. Disks
 * from the VM's folder moved with the folder to keptIn; disks outside it were never touched.
 */
export function keptMessage({ kept, keptIn }: RemoveOutcome, files: PlanFile[]): string {
  if (kept.length === 0) return i18n.t('vmList:deleteDialog.allDeleted');
  const inside = new Set(files.filter((f) => f.insideVmFolder).map((f) => f.path));
  const lines = kept.map((f) => (keptIn && inside.has(f) ? `${keptIn}/${baseName(f)}` : f));
  const head = i18n.t('vmList:deleteDialog.kept', { count: kept.length });
  const tail = keptIn ? [i18n.t('vmList:deleteDialog.keptIn', { path: keptIn })] : [];
  return [head, ...lines, ...tail].join('\n');
}
