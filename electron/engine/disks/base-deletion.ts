// Deleting a linked-clone base that no VM builds on any more. Linked clones leave their shared base in
// <data>/bases/ when the last of them goes (deleting a VM never takes a base with it), so without this
// the space is lost for good. Only a plain file directly in bases/ qualifies, and only while no VM's
// backing chain has it as a layer; a VM whose definition or disk cannot be read might, so it blocks too.
import fs from 'node:fs/promises';
import path from 'node:path';
import { ApiError, type DiskEntry } from '../../../shared/api.js';
import type { EnginePaths } from '../paths.js';
import { placeOf, resolveRoots } from '../policy/index.js';

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
  if (!st) throw new ApiError('not-found', `${file} does not exist (any more): nothing to delete.`, { field: 'path' });
  const real = st.isFile() ? await fs.realpath(file) : null;
  if (!real || path.dirname(real) !== roots.bases || placeOf(real, roots, null).at !== 'bases') {
    throw new ApiError(
      'invalid',
      `${file} is not a linked-clone base: VirtDesk deletes only image files directly in its bases folder (${roots.bases}) this way. ` +
        "Remove a VM's disk with the VM (Delete…).",
      { field: 'path' },
    );
  }
  const unreadable = await host.unreadableVms();
  if (unreadable.length) {
    throw new ApiError(
      'conflict',
      `Cannot tell whether ${unreadable.join(', ')} build${unreadable.length === 1 ? 's' : ''} on ${path.basename(file)}: ` +
        'its definition cannot be read. Repair or delete that VM first, then delete the base.',
      { field: 'path' },
    );
  }
  const key = fileKey(st);
  const users = new Set<string>();
  const unknown = new Set<string>();
  for (const e of await host.disks()) {
    // Another base may build on this one (a linked clone of a linked clone): it counts as a user too.
    const who = e.vm ? e.vm.name : `the base ${path.basename(e.path)}`;
    if (!e.chain) {
      // A missing disk builds on nothing; one qemu-img cannot read might build on this base.
      if (
        e.vm &&
        (await fs.stat(e.path).then(
          () => true,
          () => false,
        ))
      )
        unknown.add(who);
      continue;
    }
    for (const layer of e.chain.slice(1)) {
      const ls = await fs.stat(layer.path).catch(() => null);
      if (ls && fileKey(ls) === key) users.add(who);
    }
  }
  if (users.size) {
    throw new ApiError(
      'conflict',
      `${path.basename(file)} is the base of ${[...users].join(', ')}: deleting it would destroy their disks. Delete them first; then this base can go.`,
      { field: 'path' },
    );
  }
  if (unknown.size) {
    throw new ApiError(
      'conflict',
      `Cannot tell whether ${[...unknown].join(', ')} build on ${path.basename(file)}: qemu-img cannot read their disks. Fix those disks (see the Disks view) first.`,
      { field: 'path' },
    );
  }
  await fs.rm(real);
  return { deleted: file };
}

const fileKey = (st: { dev: number; ino: number }) => `${st.dev}:${st.ino}`;
