// What a kill -9 (or a power cut) leaves behind in VirtDesk's own folders, removed at engine start:
//   .<name>.<12 hex>.tmp   writeFileAtomic's temp files (data dir, each VM folder, bases, cache dir)
//   vms/.new-<uuid>/       a VM creation cut short before its folder was renamed into place
//   <file>.partial         a qemu-img convert or a saved state cut short (VM folders and bases)
// Only these names, only in these folders: a file the user put anywhere else is never touched, and a
// ".partial" file that a vm.json names (a user may call a disk anything) is kept.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { EnginePaths } from '../paths.js';
import { basesDir, vmsDir } from '../paths.js';
import { ATOMIC_TEMP_RE } from '../store/atomic-write.js';
import { NEW_VM_PREFIX, UUID_RE } from '../store/vm-store.js';

/** Removes the leftovers; returns the paths removed (for a log line). */
export async function removeStaleTemps(paths: EnginePaths): Promise<string[]> {
  const removed: string[] = [];
  const rm = async (p: string, recursive = false) => {
    await fs.rm(p, { force: true, recursive });
    removed.push(p);
  };
  const isPartial = (name: string) => name.endsWith('.partial');

  for (const dir of [paths.dataDir, paths.cacheDir]) {
    for (const e of await entries(dir)) if (e.isFile() && ATOMIC_TEMP_RE.test(e.name)) await rm(path.join(dir, e.name));
  }
  const vmFolders: string[] = [];
  for (const e of await entries(vmsDir(paths))) {
    const full = path.join(vmsDir(paths), e.name);
    if (e.isDirectory() && e.name.startsWith(NEW_VM_PREFIX) && UUID_RE.test(e.name.slice(NEW_VM_PREFIX.length))) await rm(full, true);
    else if (e.isDirectory() && UUID_RE.test(e.name)) vmFolders.push(full);
  }
  for (const dir of vmFolders) {
    const files = await fileNames(dir);
    for (const name of files.filter((n) => ATOMIC_TEMP_RE.test(n))) await rm(path.join(dir, name));
    const partials = files.filter(isPartial);
    // A vm.json that cannot be read might name one of them: then keep them all.
    const named = partials.length ? await namedByVmJson(dir) : null;
    if (named) for (const name of partials.filter((n) => !named.has(n))) await rm(path.join(dir, name));
  }
  const bases = await fileNames(basesDir(paths));
  for (const name of bases.filter((n) => ATOMIC_TEMP_RE.test(n))) await rm(path.join(basesDir(paths), name));
  if (bases.some(isPartial)) {
    // Linked clones name their base by path: keep any a definition names.
    const named = new Set<string>();
    for (const dir of vmFolders) for (const n of (await namedByVmJson(dir)) ?? []) named.add(n);
    for (const name of bases.filter((n) => isPartial(n) && !named.has(n))) await rm(path.join(basesDir(paths), name));
  }
  return removed;
}

/** Every string in the folder's vm.json, as a file name; null when it cannot be read or parsed. */
async function namedByVmJson(dir: string): Promise<Set<string> | null> {
  let json: unknown;
  try {
    json = JSON.parse(await fs.readFile(path.join(dir, 'vm.json'), 'utf8'));
  } catch {
    return null;
  }
  const names = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === 'string') names.add(path.basename(v));
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(json);
  return names;
}

/** The regular files (not folders, not symlinks) directly in dir. */
async function fileNames(dir: string): Promise<string[]> {
  return (await entries(dir)).filter((e) => e.isFile()).map((e) => e.name);
}

async function entries(dir: string) {
  return fs.readdir(dir, { withFileTypes: true }).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT' || err.code === 'ENOTDIR') return [];
    throw err;
  });
}
