// One folder of the engine's machine, for the file chooser: folders first, then the files of the kind
// the field wants, hidden entries only on request, and only what the engine's user may read (the
// chooser offers nothing the engine could not then open). The file system is reached through
// FolderIo, so a test can play a folder this user may not read even when the tests run as root.
import fs from 'node:fs/promises';
import { constants, type Dirent, type Stats } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ApiError } from '../../../shared/api.js';
import { says, type Message } from '../../../shared/i18n/index.js';
import type { FileKind, FolderEntry, FolderListing } from '../../../shared/schemas/media-methods.js';
import { readHead } from '../policy/file-kind.js';
import { contentMatches, nameMatches, sniffBytes } from './file-filters.js';

export interface FolderIo {
  stat: (p: string) => Promise<Stats>;
  readdir: (p: string) => Promise<Dirent[]>;
  access: (p: string, mode: number) => Promise<void>;
  head: (p: string, bytes: number) => Promise<Buffer>;
}

export const realFolderIo: FolderIo = {
  stat: (p) => fs.stat(p),
  readdir: (p) => fs.readdir(p, { withFileTypes: true }),
  access: (p, mode) => fs.access(p, mode),
  head: async (p, bytes) => (await readHead(p, bytes)).head,
};

export interface ListOptions {
  kind: FileKind;
  showHidden: boolean;
}

/** A listing shows at most this many entries: a person scrolls no further, and the reply stays small. */
export const MAX_LISTED = 2000;
/** Names a folder may hold before VirtDesk stops looking at them one by one. */
const MAX_LOOKED_AT = 20_000;
/** Files whose name says nothing about their kind get their first bytes read, up to this many per listing. */
export const MAX_SNIFFED = 64;
const BATCH = 64;

/** Built at the first listing, not at start: ICU's collation data costs an idle engine ~3 MiB RSS. */
let collator: Intl.Collator | null = null;

/** Folders first, then files; within each, by name as a person sorts them ("disk2" before "disk10"). */
export function byFolderThenName(a: FolderEntry, b: FolderEntry): number {
  if (a.kind !== b.kind) return a.kind === 'folder' ? -1 : 1;
  collator ??= new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
  return collator.compare(a.name, b.name) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}

const engineUser = () => {
  try {
    return os.userInfo().username;
  } catch {
    return `uid ${process.getuid?.() ?? '?'}`;
  }
};

/** The chooser's error for a path it cannot list: the field, the cause, the fix. */
export function folderError(shown: string, err: unknown): ApiError {
  const code = (err as NodeJS.ErrnoException).code;
  const user = engineUser();
  const refuse = (api: 'not-found' | 'io' | 'invalid', m: Message) => new ApiError(api, m, { field: 'path', path: shown });
  switch (code) {
    case 'ENOENT':
      return refuse('not-found', says('files:chooser.notFound', { path: shown }));
    case 'ENOTDIR':
      return refuse('not-found', says('files:chooser.notDir', { path: shown }));
    case 'EACCES':
    case 'EPERM':
      return refuse('io', says('files:chooser.denied', { path: shown, user }));
    case 'ELOOP':
      return refuse('invalid', says('files:chooser.loop', { path: shown }));
    case 'ENAMETOOLONG':
      return refuse('invalid', says('files:chooser.tooLong', { path: shown }));
    default:
      return refuse('io', says('files:chooser.other', { path: shown, code: code ?? (err as Error).message }));
  }
}

const readable = (io: FolderIo, p: string, mode: number) =>
  io.access(p, mode).then(
    () => true,
    () => false,
  );

export async function listFolder(input: string, opts: ListOptions, io: FolderIo = realFolderIo): Promise<FolderListing> {
  const target = path.resolve(input); // absolute already (the schema); this removes "..", "." and "//"
  const st = await io.stat(target).catch((err: unknown) => {
    throw folderError(target, err);
  });
  const folder = st.isDirectory() ? target : path.dirname(target);
  const selected = st.isDirectory() ? null : path.basename(target);
  const dirents = await io.readdir(folder).catch((err: unknown) => {
    throw folderError(folder, err);
  });

  const left = { hidden: 0, otherKinds: 0, unreadable: 0 };
  const entries: FolderEntry[] = [];
  const unnamed: Array<{ entry: FolderEntry; full: string }> = [];
  const looked = dirents.slice(0, MAX_LOOKED_AT);
  for (let i = 0; i < looked.length; i += BATCH) {
    const batch = await Promise.all(looked.slice(i, i + BATCH).map((d) => judge(d, folder, opts, io, left)));
    for (const j of batch) {
      if (j?.named) entries.push(j.entry);
      else if (j) unnamed.push(j);
    }
  }
  // Files whose name says nothing: their first bytes decide, for as many as stay cheap.
  const sniffed = unnamed.slice(0, MAX_SNIFFED);
  // The rest were not looked at: not "other kinds", but more than is shown (truncated below).
  const heads = await Promise.all(sniffed.map((u) => io.head(u.full, sniffBytes(opts.kind)).catch(() => null)));
  sniffed.forEach((u, i) => {
    const head = heads[i];
    if (head && contentMatches(opts.kind, head)) entries.push(u.entry);
    else left.otherKinds++;
  });

  entries.sort(byFolderThenName);
  return {
    path: folder,
    parent: folder === '/' ? null : path.dirname(folder),
    entries: entries.slice(0, MAX_LISTED),
    selected,
    left,
    truncated: entries.length > MAX_LISTED || dirents.length > MAX_LOOKED_AT || unnamed.length > MAX_SNIFFED,
  };
}

type Judged = { named: boolean; entry: FolderEntry; full: string } | null;

/** One entry: shown (named), to be sniffed (not named), or left out (null, counted in `left`). */
async function judge(d: Dirent, folder: string, opts: ListOptions, io: FolderIo, left: ListingLeft): Promise<Judged> {
  if (d.name.startsWith('.') && !opts.showHidden) {
    left.hidden++;
    return null;
  }
  const full = path.join(folder, d.name);
  const st = await io.stat(full).catch(() => null); // a dangling link, or a file gone since readdir
  if (!st) {
    left.unreadable++;
    return null;
  }
  const link = d.isSymbolicLink();
  const modified = Math.round(st.mtimeMs);
  if (st.isDirectory()) {
    // A folder this user cannot list or enter would only answer "permission denied" when opened.
    if (!(await readable(io, full, constants.R_OK | constants.X_OK))) {
      left.unreadable++;
      return null;
    }
    return { named: true, entry: { name: d.name, kind: 'folder', size: null, modified, link }, full };
  }
  // FIFOs, sockets and character devices are never a VM's file; a block device may be a disk.
  const blockOk = st.isBlockDevice() && (opts.kind === 'disk' || opts.kind === 'any');
  if (!st.isFile() && !blockOk) {
    left.otherKinds++;
    return null;
  }
  if (!(await readable(io, full, constants.R_OK))) {
    left.unreadable++;
    return null;
  }
  const entry: FolderEntry = { name: d.name, kind: 'file', size: st.isFile() ? st.size : 0, modified, link };
  if (nameMatches(opts.kind, d.name) || blockOk) return { named: true, entry, full };
  if (st.size === 0 || opts.kind === 'folder') {
    left.otherKinds++;
    return null;
  }
  return { named: false, entry, full };
}

type ListingLeft = FolderListing['left'];
