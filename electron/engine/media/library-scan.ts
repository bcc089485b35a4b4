// The media library's scan: install media and disk images in the folders the user chose. Bounded, so
// a library folder that turns out to be a whole disk of photos costs seconds, not minutes: so many
// levels deep, so many names looked at, so many items found, so much time. A link to a file counts
// wherever it points (~/Downloads/debian.iso -> /srv/isos/...: people link big media), since only a
// file whose content is install media or a disk image is shown; it never descends through a link to
// a folder (a link back up would be a loop, a link to / a scan of everything).
import fs from 'node:fs/promises';
import path from 'node:path';
import { says, type Message } from '../../../shared/i18n/index.js';
import type { LibraryFolder, LibraryItem } from '../../../shared/schemas/media-methods.js';
import { readHead } from '../policy/file-kind.js';
import { classifyMedia, isLibraryCandidate } from './file-filters.js';

export interface ScanLimits {
  /** Levels of folders below a chosen one (0: only its own files). */
  maxDepth: number;
  /** Names looked at, over all folders. */
  maxEntries: number;
  /** Media found. */
  maxItems: number;
  maxMs: number;
}

export const SCAN_LIMITS: ScanLimits = { maxDepth: 3, maxEntries: 20_000, maxItems: 500, maxMs: 5_000 };

/** Enough of the head for the ISO volume descriptors and every image format's header. */
const HEAD = 64 * 1024;

/** A library item as the scan finds it: the file's facts, before its OS and its VMs are added. */
export interface FoundMedia extends Pick<LibraryItem, 'path' | 'name' | 'folder' | 'kind' | 'format' | 'size' | 'modified'> {
  /** Every link resolved: what the same file is called wherever a VM names it. */
  realPath: string;
  /** Changes whenever the file does: the key of what is remembered about it (its OS). */
  identity: string;
}

export interface ScanResult {
  folders: LibraryFolder[];
  found: FoundMedia[];
  limited: Message | null;
}

function folderProblem(folder: string, err: unknown): Message {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return says('files:library.missing', { folder });
  if (code === 'EACCES' || code === 'EPERM') return says('files:library.denied', { folder });
  return says('files:library.unreadable', { folder, code: code ?? (err as Error).message });
}

export async function scanLibrary(folders: readonly string[], limits: ScanLimits = SCAN_LIMITS, now = Date.now): Promise<ScanResult> {
  const started = now();
  const out: ScanResult = { folders: [], found: [], limited: null };
  // The real paths of the chosen folders: a link may point anywhere inside any of them.
  const roots: Array<{ shown: string; real: string }> = [];
  for (const folder of folders) {
    try {
      const real = await fs.realpath(folder);
      if (!(await fs.stat(real)).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
      roots.push({ shown: folder, real });
      out.folders.push({ path: folder, problem: null });
    } catch (err) {
      out.folders.push({ path: folder, problem: folderProblem(folder, err) });
    }
  }
  const seen = new Set<string>();
  let entries = 0;
  const stop = (why: Message) => {
    out.limited ??= why;
  };

  for (const root of roots) {
    // Depth-first, each folder once (folders inside two chosen ones are scanned under the first).
    const stack: Array<{ real: string; shown: string; depth: number }> = [{ real: root.real, shown: root.shown, depth: 0 }];
    while (stack.length && !out.limited) {
      const dir = stack.pop()!;
      if (seen.has(`dir:${dir.real}`)) continue;
      seen.add(`dir:${dir.real}`);
      const dirents = await fs.readdir(dir.real, { withFileTypes: true }).catch(() => []); // unreadable subfolder: skipped
      for (const d of dirents) {
        if (++entries > limits.maxEntries) {
          stop(says('files:library.names', { n: limits.maxEntries }));
          break;
        }
        if (now() - started > limits.maxMs) {
          stop(says('files:library.time', { seconds: limits.maxMs / 1000 }));
          break;
        }
        if (d.name.startsWith('.')) continue; // caches and settings, not media
        const shown = path.join(dir.shown, d.name);
        let real = path.join(dir.real, d.name);
        if (d.isSymbolicLink()) {
          const target = await fs.realpath(real).catch(() => null);
          if (!target) continue; // dangling
          real = target; // a linked folder is not a Dirent folder: never descended; look() takes files only
        }
        if (d.isDirectory()) {
          if (dir.depth < limits.maxDepth) stack.push({ real, shown, depth: dir.depth + 1 });
          continue;
        }
        if (!isLibraryCandidate(d.name) || seen.has(real)) continue;
        const item = await look(real, shown, d.name, root.shown);
        if (!item) continue;
        seen.add(real);
        out.found.push(item);
        if (out.found.length >= limits.maxItems) {
          stop(says('files:library.items', { n: limits.maxItems }));
          break;
        }
      }
    }
  }
  return out;
}

/** A candidate file judged by its content; null when it is neither install media nor a disk image. */
async function look(real: string, shown: string, name: string, folder: string): Promise<FoundMedia | null> {
  try {
    const st = await fs.stat(real);
    if (!st.isFile()) return null; // a linked folder, a FIFO named .iso: never opened for reading
    const { head, dev, ino } = await readHead(real, HEAD);
    if (dev !== st.dev || ino !== st.ino) return null; // replaced between stat and open
    const what = classifyMedia(name, head, st.size);
    if (!what) return null;
    return {
      path: shown,
      realPath: real,
      name,
      folder,
      ...what,
      size: st.size,
      modified: Math.round(st.mtimeMs),
      identity: fileIdentity(st),
    };
  } catch {
    return null; // unreadable, or gone since readdir
  }
}

/** Which file, in which state: the key the detected OS is remembered under (a changed file is detected anew). */
export const fileIdentity = (st: { dev: number; ino: number; size: number; mtimeMs: number }): string =>
  `${st.dev}:${st.ino}:${st.size}:${Math.round(st.mtimeMs)}`;
