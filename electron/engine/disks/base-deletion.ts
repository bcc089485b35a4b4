// Deleting a linked-clone base that no VM builds on any more. Linked clones leave their shared base in
// <data>/bases/ when the last of them goes (deleting a VM never takes a base with it), so without this
// the space is lost for good. Only a plain file directly in bases/ qualifies, and only while no VM's
// backing chain has it as a layer; a VM whose definition or disk cannot be read might, so it blocks too.
import fs from 'node:fs/promises';
import path from 'node:path';
import { ApiError, type DiskEntry } from '../../../shared/api.js';
import { says, type Param } from '../../../shared/i18n/index.js';
import type { EnginePaths } from '../paths.js';
import { placeOf, resolveRoots } from '../policy/index.js';
import { list } from '../policy/messages.js';

export interface BaseDeletionHost {
  paths: EnginePaths;
  /** Every VM's disks with their backing chains (DiskService.list()). */
  disks(): Promise<DiskEntry[]>;
  /** Folder names of VMs whose vm.json cannot be read: their disks are unknown. */
  unreadableVms(): Promise<string[]>;
}

export async function deleteUnusedBase(file: string, host: BaseDeletionHost): Promise<{ deleted: string }> {
  const roots = await resolveRoots(host.paths);
  const st = await fs.lstat(file).catch(() => null);
  if (!st) throw new ApiError('not-found', says('files:bases.gone', { file }), { field: 'path' });
  const real = st.isFile() ? await fs.realpath(file) : null;
  if (!real || path.dirname(real) !== roots.bases || placeOf(real, roots, null).at !== 'bases') {
    throw new ApiError('invalid', says('files:bases.notBase', { file, bases: roots.bases }), { field: 'path' });
  }
  const unreadable = await host.unreadableVms();
  if (unreadable.length) {
    const vms = list(unreadable);
    throw new ApiError('conflict', says('files:bases.unreadableVms', { count: unreadable.length, vms, base: path.basename(file) }), {
      field: 'path',
    });
  }
  const baseKey = fileKey(st);
  // Keyed by name, each once; a base is named as one ("the base x.qcow2").
  const users = new Map<string, Param>();
  const unknown = new Map<string, Param>();
  for (const e of await host.disks()) {
    // Another base may build on this one (a linked clone of a linked clone): it counts as a user too.
    const key = e.vm ? `vm:${e.vm.name}` : `base:${e.path}`;
    const who = e.vm ? e.vm.name : says('files:bases.theBase', { file: path.basename(e.path) });
    if (!e.chain) {
      // A missing disk builds on nothing; one qemu-img cannot read might build on this base.
      if (
        e.vm &&
        (await fs.stat(e.path).then(
          () => true,
          () => false,
        ))
      )
        unknown.set(key, who);
      continue;
    }
    for (const layer of e.chain.slice(1)) {
      const ls = await fs.stat(layer.path).catch(() => null);
      if (ls && fileKey(ls) === baseKey) users.set(key, who);
    }
  }
  if (users.size) {
    throw new ApiError('conflict', says('files:bases.inUse', { base: path.basename(file), users: list([...users.values()]) }), {
      field: 'path',
    });
  }
  if (unknown.size) {
    throw new ApiError('conflict', says('files:bases.unknownUsers', { vms: list([...unknown.values()]), base: path.basename(file) }), {
      field: 'path',
    });
  }
  await fs.rm(real);
  return { deleted: file };
}

const fileKey = (st: { dev: number; ino: number }) => `${st.dev}:${st.ino}`;
