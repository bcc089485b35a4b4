// How the library shows its findings, in the window's language. Unit-tested.
import type { LibraryItem, LibraryOs, MediaLibrary } from '../../../shared/schemas/media-methods.js';
import { i18n } from '../../i18n/i18n.js';

/** ISO images first (what a new VM starts from), then disk images; each by name as a person sorts them. */
export function sortItems(items: readonly LibraryItem[]): LibraryItem[] {
  const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
  return [...items].sort((a, b) => (a.kind === b.kind ? collator.compare(a.name, b.name) : a.kind === 'iso' ? -1 : 1));
}

/** "2 ISO images · 1 disk image" */
export function countText(items: readonly LibraryItem[]): string {
  const isos = items.filter((i) => i.kind === 'iso').length;
  const disks = items.length - isos;
  return i18n.t('media:library.facts', {
    isos: i18n.t('media:library.isos', { count: isos }),
    disks: i18n.t('media:library.disks', { count: disks }),
  });
}

/** What the OS column says for an ISO: the OS, or that nothing was recognised. */
export function osText(os: LibraryOs): string {
  return os.source === 'none' ? i18n.t('media:items.notRecognised') : os.name;
}

/** The OS cell's tooltip: how the OS was found, and the volume label it went by. */
export function osSourceText(os: LibraryOs): string {
  const how = i18n.t(`media:items.source.${os.source}`);
  return os.volumeId ? i18n.t('media:items.volumeLabel', { how, label: os.volumeId }) : how;
}

/** "No VM", or how many VMs use the file and which: the Used by cell's tooltip. */
export function usedByText(usedBy: readonly { name: string }[]): string {
  if (!usedBy.length) return i18n.t('media:items.noVm');
  return i18n.t('media:items.usedByVms', { count: usedBy.length, names: usedBy.map((u) => u.name).join(', ') });
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
