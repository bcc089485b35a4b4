// A hard link has no "real" path to resolve: /home/me/x.img and <data>/vms/<other>/disk0.qcow2 can be
// the same file. Only files with more than one link need a look, and only VirtDesk's own folders can
// hold a twin that matters, so the search is small: a few levels of the data, runtime and cache folders.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Stats } from 'node:fs';
import { isInside, type Roots } from './locations.js';

/** Stop after this many entries: a data folder holds a few files per VM, not a file system. */
const MAX_ENTRIES = 20_000;

/** Another name of the same file (same device and inode) in VirtDesk's folders, or null. */
export async function findHardLinkTwin(st: Pick<Stats, 'dev' | 'ino'>, roots: Roots, self: string): Promise<string | null> {
  let budget = MAX_ENTRIES;
  const walk = async (dir: string, depth: number): Promise<string | null> => {
    const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const e of entries) {
      if (--budget < 0) return null;
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (depth > 1) {
          const found = await walk(p, depth - 1);
          if (found) return found;
        }
        continue;
      }
      if (!e.isFile() || p === self) continue;
      const other = await fs.stat(p).catch(() => null);
      if (other && other.dev === st.dev && other.ino === st.ino) return p;
    }
    return null;
  };
  // data/vms/<id>/<file> is three levels down; folders that are symlinks (vms/, bases/, a VM's folder)
  // are searched where they really are.
  const places: Array<[string, number]> = [
    [roots.data, 3],
    [roots.runtime, 2],
    [roots.cache, 2],
  ];
  if (!isInside(roots.vms, roots.data)) places.push([roots.vms, 2]);
  if (!isInside(roots.bases, roots.data)) places.push([roots.bases, 1]);
  for (const d of roots.linkedVmDirs.keys()) places.push([d, 1]);
  for (const [dir, depth] of places) {
    const found = await walk(dir, depth);
    if (found) return found;
  }
  return null;
}
