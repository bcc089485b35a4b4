// Eject and Change… on the CD-ROM page act at once, as virt-manager's do: the medium of one stored
// drive changes (live on a running VM, which the engine's update applies through QMP), whatever else
// the page holds unsaved. PURE, so what is sent and what the person is told are unit-tested.
import type { CdromConfig } from '../../../../shared/model/index.js';
import type { CdromDraft } from '../editor-draft.js';
import type { DetailsT } from '../hardware-sections.js';

/** The page's drives are the stored ones (same count, same buses): drive i of the page is drive i of the VM. */
export function sameDrives(draft: readonly CdromDraft[], stored: readonly CdromConfig[]): boolean {
  return draft.length === stored.length && draft.every((d, i) => d.bus === stored[i]!.bus);
}

/** The stored drives with drive i's medium changed (null: ejected), and nothing else. */
export function mediumPatch(stored: readonly CdromConfig[], i: number, file: string | null): CdromConfig[] {
  return stored.map((cd, j) => (j === i ? { ...cd, file } : cd));
}

const baseName = (p: string) => p.slice(p.lastIndexOf('/') + 1);

/** What the person is told once the engine has it: live on the running guest, or saved for its next start. */
export function mediumNotice(t: DetailsT, i: number, file: string | null, appliedLive: readonly string[]): string {
  const n = i + 1;
  const live = appliedLive.some((f) => f === 'cdroms' || f === `cdroms.${i}`);
  if (file === null) return live ? t('cdroms.ejectedLive', { n }) : t('cdroms.ejected', { n });
  const params = { n, file: baseName(file) };
  return live ? t('cdroms.insertedLive', params) : t('cdroms.inserted', params);
}
