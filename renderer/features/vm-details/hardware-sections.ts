// The hardware editor's pages, like virt-manager's hardware list, and which VmConfig fields each one
// edits: that decides what a page's Apply sends, where a validation message shows, and which pages
// carry the "applies at next boot" mark.
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
  | 'serial'
  | 'display'
  | 'balloon'
  | 'extra';

export type EditableKey = Exclude<keyof VmConfig, 'schemaVersion' | 'id' | 'createdAt'>;

export interface SectionDef {
  id: SectionId;
  title: string;
  /** The hardware list's label, where the title is too long for it. */
  short?: string;
  keys: EditableKey[];
}

export const SECTIONS: readonly SectionDef[] = [
  { id: 'overview', title: 'Overview', keys: ['name', 'description', 'osId'] },
  { id: 'cpus', title: 'CPUs', keys: ['cpus', 'cpuModel', 'accel'] },
  { id: 'memory', title: 'Memory', keys: ['memoryMiB', 'currentMemoryMiB'] },
  { id: 'machine', title: 'Machine type', keys: ['machine'] },
  { id: 'firmware', title: 'Firmware', keys: ['firmware'] },
  { id: 'boot', title: 'Boot options', keys: ['boot', 'kernel'] },
  { id: 'disks', title: 'Disks', keys: ['disks'] },
  { id: 'cdroms', title: 'CD-ROM drives', keys: ['cdroms'] },
  { id: 'nics', title: 'Network cards', keys: ['nics'] },
  { id: 'serial', title: 'Serial ports', keys: ['serialPorts'] },
  { id: 'display', title: 'Display', keys: ['display'] },
  { id: 'balloon', title: 'Memory balloon', keys: ['balloon'] },
  { id: 'extra', title: 'Extra QEMU arguments', short: 'Extra arguments', keys: ['extraArgs'] },
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

/** "cdroms.0" -> "CD-ROM 1 medium": what the notice says was changed on the running VM. */
export function describeLiveChange(field: string): string {
  const [head, index] = field.split('.');
  if (head === 'cdroms') return index === undefined ? 'CD-ROM media' : `CD-ROM ${Number(index) + 1} medium`;
  if (head === 'currentMemoryMiB') return 'balloon target (current memory)';
  const section = sectionOfPath(field);
  return section ? sectionDef(section).title.toLowerCase() : field;
}
