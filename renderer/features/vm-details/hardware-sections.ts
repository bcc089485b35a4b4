// The hardware editor's pages, like virt-manager's hardware list, and which VmConfig fields each one
// edits: that decides what a page's Apply sends, where a validation message shows, and which pages
// carry the "applies at next boot" mark. Their titles are in the catalog (details:section.<id>).
import type { TFunction } from 'i18next';
import type { Catalogs } from '../../../shared/i18n/index.js';
import type { VmConfig } from '../../../shared/model/index.js';

export type SectionId =
  | 'overview'
  | 'cpus'
  | 'memory'
  | 'machine'
  | 'firmware'
  | 'boot'
  | 'disks'
  | 'cdroms'
  | 'nics'
  | 'shares'
  | 'serial'
  | 'display'
  | 'balloon'
  | 'agent'
  | 'extra';

// The lab a VM belongs to is set when the lab is made, not edited.
export type EditableKey = Exclude<keyof VmConfig, 'schemaVersion' | 'id' | 'createdAt' | 'lab'>;

export interface SectionDef {
  id: SectionId;
  /** The hardware list shows details:sectionShort.<short> instead of the title, too long for it. */
  short?: keyof Catalogs['details']['sectionShort'];
  keys: EditableKey[];
}

export const SECTIONS: readonly SectionDef[] = [
  { id: 'overview', keys: ['name', 'description', 'osId'] },
  { id: 'cpus', keys: ['cpus', 'cpuModel', 'accel'] },
  { id: 'memory', keys: ['memoryMiB', 'currentMemoryMiB'] },
  { id: 'machine', keys: ['machine'] },
  { id: 'firmware', keys: ['firmware'] },
  { id: 'boot', short: 'boot', keys: ['boot', 'kernel'] },
  { id: 'disks', keys: ['disks'] },
  { id: 'cdroms', keys: ['cdroms'] },
  { id: 'nics', keys: ['nics'] },
  { id: 'shares', keys: ['sharedFolders'] },
  { id: 'serial', keys: ['serialPorts', 'consoleDevice'] },
  { id: 'display', keys: ['display'] },
  { id: 'balloon', keys: ['balloon'] },
  { id: 'agent', keys: ['guestAgent'] },
  { id: 'extra', short: 'extra', keys: ['extraArgs'] },
];

export function sectionDef(id: SectionId): SectionDef {
  return SECTIONS.find((s) => s.id === id) ?? SECTIONS[0]!;
}

/** "nics.0.mac" -> nics; a path outside the editable fields -> null. */
export function sectionOfPath(path: string): SectionId | null {
  const head = path.split('.')[0] ?? '';
  return SECTIONS.find((s) => (s.keys as string[]).includes(head))?.id ?? null;
}

/** The pending-restart entries (config field names, possibly with a ".n" suffix) that belong to a page. */
export function pendingOf(section: SectionId, pending: readonly string[] | undefined): string[] {
  return (pending ?? []).filter((p) => sectionOfPath(p) === section);
}

export type DetailsT = TFunction<'details'>;

/** A page's title: "Memory", "Extra QEMU arguments". */
export const sectionTitle = (t: DetailsT, id: SectionId): string => t(`section.${id}`);

/** A page's label in the hardware list, shorter where the title does not fit. */
export const sectionLabel = (t: DetailsT, s: SectionDef): string => (s.short ? t(`sectionShort.${s.short}`) : sectionTitle(t, s.id));

/** "cdroms.0" -> "CD-ROM 1 medium": what the notice says was changed on the running VM. */
export function describeLiveChange(t: DetailsT, field: string): string {
  const [head, index] = field.split('.');
  if (head === 'cdroms') return index === undefined ? t('live.cdroms') : t('live.cdrom', { n: Number(index) + 1 });
  if (head === 'currentMemoryMiB') return t('live.balloon');
  const section = sectionOfPath(field);
  return section ? sectionTitle(t, section) : field;
}
