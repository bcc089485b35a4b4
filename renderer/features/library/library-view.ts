// How the library shows its findings. PURE, unit-tested.
import type { LibraryItem, LibraryOs, MediaLibrary } from '../../../shared/schemas/media-methods.js';

/** ISO images first (what a new VM starts from), then disk images; each by name as a person sorts them. */
export function sortItems(items: readonly LibraryItem[]): LibraryItem[] {
  const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
  return [...items].sort((a, b) => (a.kind === b.kind ? collator.compare(a.name, b.name) : a.kind === 'iso' ? -1 : 1));
}

/** "2 ISO images · 1 disk image" */
export function countText(items: readonly LibraryItem[]): string {
  const isos = items.filter((i) => i.kind === 'iso').length;
  const disks = items.length - isos;
  const n = (k: number, one: string) => `${k} ${one}${k === 1 ? '' : 's'}`;
  return `${n(isos, 'ISO image')} · ${n(disks, 'disk image')}`;
}

/** What the OS column says for an ISO: the OS, or that nothing was recognised. */
export function osText(os: LibraryOs): string {
  return os.source === 'none' ? 'Not recognised' : os.name;
}

/** The next ISO whose OS is not known yet, or null: they are detected one at a time (osinfo-detect is slow). */
export function nextToDetect(items: readonly LibraryItem[], known: Readonly<Record<string, unknown>>): string | null {
  return items.find((i) => i.kind === 'iso' && !i.os && !(i.path in known))?.path ?? null;
}

/**
 * The folders after adding one: Downloads stays when it was the library (a default the person saw),
 * unless it is missing or unreadable (the engine would refuse the whole list for it).
 */
export function withFolder(lib: MediaLibrary, folder: string): string[] {
  const now = lib.folders.filter((f) => !(lib.isDefault && f.problem)).map((f) => f.path);
  return now.includes(folder) ? now : [...now, folder];
}

/** The folders after removing one ([] = back to Downloads). */
export function withoutFolder(lib: MediaLibrary, folder: string): string[] {
  return lib.folders.map((f) => f.path).filter((p) => p !== folder);
}
