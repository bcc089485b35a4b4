// What the desktop hands the main process about files, kept free of Electron so it is unit-tested:
// the Open dialog's filters per kind of path field, and the ISO images named on a command line (the
// desktop entry runs `virtdesk %U` for an ISO opened with VirtDesk, at start or as a second instance).
import type { i18n as I18n } from 'i18next';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FILE_KINDS, fileKind, type FileKind } from '../../shared/schemas/media-methods.js';

export interface DialogFilter {
  name: string;
  extensions: string[];
}

/**
 * The kind's own filter first (none for kernels: they have no extension), then "All files"; none for a
 * folder. Named in the desktop's language.
 */
export function dialogFilters(kind: FileKind, i18n: I18n): DialogFilter[] {
  if (kind === 'folder') return [];
  const all = { name: i18n.t('engine:desktop.filter.any'), extensions: ['*'] };
  const { extensions } = FILE_KINDS[kind];
  return extensions.length ? [{ name: i18n.t(`engine:desktop.filter.${kind}`), extensions: [...extensions] }, all] : [all];
}

/** The kind the page asked for, or "any" for something it should not have sent. */
export const kindOf = (value: unknown): FileKind => fileKind.catch('any').parse(value);

/**
 * The ISO images an argv names: plain paths (relative to `cwd`) or file:// URIs, ending in .iso.
 * Options and everything else (Electron's own arguments, the app's path) are ignored.
 */
export function isoPathsFromArgv(argv: readonly string[], cwd: string): string[] {
  const out: string[] = [];
  for (const arg of argv) {
    let file: string | null = null;
    if (arg.startsWith('file://')) {
      try {
        file = fileURLToPath(arg);
      } catch {
        continue;
      }
    } else if (!arg.startsWith('-')) {
      file = path.resolve(cwd, arg);
    }
    if (file && /\.iso$/i.test(file) && !/[\x00-\x1f\x7f]/.test(file) && !out.includes(file)) out.push(file);
  }
  return out;
}
