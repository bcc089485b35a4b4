// A file outside every VM folder can still be another VM's disk (picked in place, or an import the
// user chose to "use"). Two VMs writing one image corrupt it, and a reader sees garbage while another
// VM writes: so a writable disk may be no other VM's file at all, and nothing may be another VM's
// writable disk. Files are compared by device and inode, so no path spelling, symlink or hard link
// hides a match. Read-only sharing (one ISO in many VMs, a read-only disk in two) stays allowed.
import fs from 'node:fs/promises';
import type { Stats } from 'node:fs';
import type { VmConfig } from '../../../shared/model/index.js';
import { diskPath } from '../disks/disk-files.js';
import { vmDir, type EnginePaths } from '../paths.js';

export interface OtherUse {
  vm: Pick<VmConfig, 'id' | 'name'>;
  /** Index into that VM's disks. */
  disk: number;
  writable: boolean;
}

const same = (a: Pick<Stats, 'dev' | 'ino' | 'rdev'>, b: Stats, block: boolean) =>
  (a.dev === b.dev && a.ino === b.ino) || (block && b.isBlockDevice() && a.rdev === b.rdev);

/**
 * The first other VM's disk that is this file, when sharing it would be unsafe: any use when we
 * write (`writable`), else only another VM's writable use. null when none.
 */
export async function conflictingUse(
  st: Stats,
  writable: boolean,
  others: readonly VmConfig[],
  paths: EnginePaths,
  selfId: string | null,
): Promise<OtherUse | null> {
  for (const vm of others) {
    if (vm.id === selfId) continue;
    for (const [i, d] of vm.disks.entries()) {
      if (!writable && d.readOnly) continue;
      const theirs = await fs.stat(diskPath(vmDir(paths, vm.id), d.file)).catch(() => null);
      if (theirs && same(st, theirs, st.isBlockDevice())) return { vm: { id: vm.id, name: vm.name }, disk: i, writable: !d.readOnly };
    }
  }
  return null;
}
