// Where a (real, symlink-free) path lies relative to VirtDesk's folders: this VM's own folder, another
// VM's, the linked-clone bases, VirtDesk's own data/runtime/cache, the kernel's special file systems,
// or elsewhere. PURE given the roots; resolveRoots() is the fs edge that finds them.
import fs from 'node:fs/promises';
import path from 'node:path';
import { says, type Message } from '../../../shared/i18n/index.js';
import { basesDir, vmsDir, type EnginePaths } from '../paths.js';

/** VM folders are named by id (see store/vm-store.ts). */
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** What remove() leaves when the user keeps disks: "deleted-<name>-<id8>", no longer a VM. */
const DELETED_RE = /^deleted-.*-[0-9a-f]{8}$/;
export const SPECIAL_ROOTS = ['/proc', '/sys', '/dev'] as const;

export interface Roots {
  data: string;
  vms: string;
  bases: string;
  runtime: string;
  cache: string;
  /** VM folders that are symlinks to elsewhere (a VM moved to a bigger disk): real folder -> folder name. */
  linkedVmDirs: ReadonlyMap<string, string>;
}

export type Place =
  /** In this VM's folder; `bookkeeping` says which of VirtDesk's files it is, if it is one. */
  | { at: 'own'; bookkeeping: Message | null }
  | { at: 'other-vm'; vmId: string }
  /** In a folder a deleted VM left with the disks the user kept: the user's data now. */
  | { at: 'deleted-vm'; bookkeeping: Message | null }
  | { at: 'bases' }
  | { at: 'virtdesk'; folder: 'data' | 'runtime' | 'cache'; root: string }
  | { at: 'special'; root: (typeof SPECIAL_ROOTS)[number] }
  | { at: 'elsewhere' };

export function isInside(file: string, dir: string): boolean {
  const rel = path.relative(dir, file);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}

/**
 * VirtDesk's files inside a VM folder (by their path relative to it): the definition and its backups,
 * snapshot notes, saved state, the UEFI variable store, and anything being written (dot files, temp
 * and partial files). A VM may use every other file of its folder.
 */
export function bookkeepingFile(rel: string): Message | null {
  const parts = rel.split(path.sep);
  const base = parts[parts.length - 1]!;
  if (parts.some((p) => p.startsWith('.'))) return says('files:policy.bookkeeping.hidden');
  if (base === 'vm.json' || base.startsWith('vm.json.')) return says('files:policy.bookkeeping.definition');
  if (base === 'snapshots.json') return says('files:policy.bookkeeping.snapshots');
  if (base.startsWith('saved-state.vmstate')) return says('files:policy.bookkeeping.savedState');
  if (base === 'OVMF_VARS.fd') return says('files:policy.bookkeeping.uefiVars');
  if (base.endsWith('.tmp') || base.endsWith('.partial')) return says('files:policy.bookkeeping.writing');
  return null;
}

export function placeOf(real: string, roots: Roots, vmId: string | null): Place {
  for (const [dir, name] of roots.linkedVmDirs) {
    if (isInside(real, dir)) return vmFolderPlace(name, path.relative(dir, real), vmId, roots);
  }
  if (isInside(real, roots.vms) && real !== roots.vms) {
    const [name, ...rest] = path.relative(roots.vms, real).split(path.sep);
    return vmFolderPlace(name!, rest.join(path.sep), vmId, roots);
  }
  if (isInside(real, roots.bases) && real !== roots.bases) {
    return path.basename(real).startsWith('.') ? { at: 'virtdesk', folder: 'data', root: roots.data } : { at: 'bases' };
  }
  if (isInside(real, roots.data)) return { at: 'virtdesk', folder: 'data', root: roots.data };
  if (isInside(real, roots.runtime)) return { at: 'virtdesk', folder: 'runtime', root: roots.runtime };
  if (isInside(real, roots.cache)) return { at: 'virtdesk', folder: 'cache', root: roots.cache };
  const special = SPECIAL_ROOTS.find((r) => isInside(real, r));
  if (special) return { at: 'special', root: special };
  return { at: 'elsewhere' };
}

function vmFolderPlace(name: string, rel: string, vmId: string | null, roots: Roots): Place {
  if (vmId !== null && name === vmId) {
    return { at: 'own', bookkeeping: rel === '' ? says('files:policy.bookkeeping.folder') : bookkeepingFile(rel) };
  }
  if (UUID_RE.test(name)) return { at: 'other-vm', vmId: name };
  if (DELETED_RE.test(name) && rel !== '') return { at: 'deleted-vm', bookkeeping: bookkeepingFile(rel) };
  // Creations in progress (".new-<id>") and anything else in vms/ are VirtDesk's.
  return { at: 'virtdesk', folder: 'data', root: roots.data };
}

/** The real paths of VirtDesk's folders (a folder that does not exist yet holds nothing to protect). */
export async function resolveRoots(paths: EnginePaths): Promise<Roots> {
  const real = (p: string) => fs.realpath(p).catch(() => path.resolve(p));
  const [data, vms, bases, runtime, cache] = await Promise.all(
    [paths.dataDir, vmsDir(paths), basesDir(paths), paths.runtimeDir, paths.cacheDir].map(real),
  );
  const linkedVmDirs = new Map<string, string>();
  const entries = await fs.readdir(vmsDir(paths), { withFileTypes: true }).catch(() => []);
  for (const e of entries) {
    if (!e.isSymbolicLink()) continue;
    const target = await fs.realpath(path.join(vmsDir(paths), e.name)).catch(() => null);
    if (target) linkedVmDirs.set(target, e.name);
  }
  return { data: data!, vms: vms!, bases: bases!, runtime: runtime!, cache: cache!, linkedVmDirs };
}
