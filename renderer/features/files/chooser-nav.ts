// The file chooser's pure rules: what a typed location means, where the keyboard moves the
// selection, and how a picked entry becomes a path. Unit-tested; the dialog only wires them up.
import type { FolderEntry } from '../../../shared/schemas/media-methods.js';
import { i18n } from '../../i18n/i18n.js';

/** "~" and "~/x" in the engine user's home, as a shell reads them; anything else as typed. */
export function expandHome(text: string, home: string | null): string {
  const t = text.trim();
  if (!home) return t;
  if (t === '~') return home;
  if (t.startsWith('~/')) return `${home.replace(/\/$/, '')}/${t.slice(2)}`;
  return t;
}

/**
 * What to list for a typed location: the path itself (a folder, or a file whose folder the engine
 * lists with it selected), and, while a name is half typed, its folder and the name's start.
 */
export function splitTyped(path: string): { folder: string; prefix: string } {
  const i = path.lastIndexOf('/');
  return { folder: i <= 0 ? '/' : path.slice(0, i), prefix: path.slice(i + 1) };
}

/** A folder as the location field shows it: with a trailing "/", so typing goes on inside it. */
export const asLocation = (folder: string) => (folder.endsWith('/') ? folder : `${folder}/`);

export const joinPath = (folder: string, name: string) => `${folder.replace(/\/$/, '')}/${name}`;

/** The first entry whose name starts with `prefix` (case ignored), or -1. */
export function matchPrefix(entries: readonly FolderEntry[], prefix: string): number {
  if (!prefix) return -1;
  const p = prefix.toLowerCase();
  return entries.findIndex((e) => e.name.toLowerCase().startsWith(p));
}

/** Rows a Page Up / Page Down jumps. */
export const PAGE = 10;

/** The selected row after a navigation key, or null when the key is not one (-1: nothing selected). */
export function moveSelection(key: string, index: number, count: number): number | null {
  if (count === 0) return null;
  const last = count - 1;
  switch (key) {
    case 'ArrowDown':
      return index < 0 ? 0 : Math.min(last, index + 1);
    case 'ArrowUp':
      return index < 0 ? last : Math.max(0, index - 1);
    case 'Home':
      return 0;
    case 'End':
      return last;
    case 'PageDown':
      return Math.min(last, Math.max(0, index) + PAGE);
    case 'PageUp':
      return Math.max(0, index - PAGE);
    default:
      return null;
  }
}

/** What Enter (or a double-click) on an entry does: open a folder, or pick a file. */
export function activate(folder: string, entry: FolderEntry): { open: string } | { pick: string } {
  const full = joinPath(folder, entry.name);
  return entry.kind === 'folder' ? { open: full } : { pick: full };
}

/** "Not shown: 2 hidden, 5 other files." - so a folder that looks empty says why (in the window's language). */
export function leftOutText(left: { hidden: number; otherKinds: number; unreadable: number }): string {
  const parts = [
    left.hidden ? i18n.t('media:chooser.leftHidden', { count: left.hidden }) : '',
    left.otherKinds ? i18n.t('media:chooser.leftOther', { count: left.otherKinds }) : '',
    left.unreadable ? i18n.t('media:chooser.leftUnreadable', { count: left.unreadable }) : '',
  ].filter(Boolean);
  return parts.length ? i18n.t('media:chooser.notShown', { what: parts.join(', ') }) : '';
}
