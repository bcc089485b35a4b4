// Pure: what a clone is, before any file is touched. Identity, MACs and port forwards are the clone's
// own (two VMs with one MAC confuse every network they share; two cannot listen on one host port).
import path from 'node:path';
import type { DiskConfig, VmConfig } from '../../../shared/model/index.js';

export interface CloneInput {
  id: string;
  name: string;
  createdAt: string;
  mode: 'full' | 'linked';
}

/** One disk of the clone: copied from `src`, or an overlay on `base` (linked), or shared as is (read-only disks). */
export type CloneDisk =
  | { kind: 'copy'; src: string; format: DiskConfig['format']; file: string }
  | { kind: 'overlay'; base: string; baseFormat: DiskConfig['format']; file: string }
  | { kind: 'share'; path: string };

export interface ClonePlan {
  config: VmConfig;
  disks: CloneDisk[];
}

/**
 * srcPaths: each source disk's absolute path as the clone will see it (for a linked clone: the shared
 * base it will sit on). macs: fresh MAC addresses, one per NIC.
 */
export function planClone(src: VmConfig, input: CloneInput, srcPaths: string[], macs: string[]): ClonePlan {
  const taken = new Set<string>();
  const disks: CloneDisk[] = src.disks.map((d, i) => {
    // A read-only image the user keeps elsewhere is shared as is; one in the original's folder is copied,
    // since no VM may use a file in another VM's folder.
    if (d.readOnly && path.isAbsolute(d.file)) return { kind: 'share', path: srcPaths[i]! };
    const stem = path.basename(d.file).replace(/\.[^.]+$/, '') || `disk${i}`;
    let file = input.mode === 'linked' && !d.readOnly ? `${stem}.qcow2` : path.basename(d.file);
    for (let n = 2; taken.has(file); n++) file = `${stem}-${n}${path.extname(file)}`;
    taken.add(file);
    return input.mode === 'linked' && !d.readOnly
      ? { kind: 'overlay', base: srcPaths[i]!, baseFormat: d.format, file }
      : { kind: 'copy', src: srcPaths[i]!, format: d.format, file };
  });
  const config: VmConfig = {
    ...structuredClone(src),
    id: input.id,
    name: input.name,
    createdAt: input.createdAt,
    nics: src.nics.map((n, i) => ({
      ...n,
      mac: macs[i]!,
      network: n.network.mode === 'user' ? { mode: 'user', forwards: [] } : { ...n.network },
    })),
    disks: src.disks.map((d, i) => {
      const c = disks[i]!;
      if (c.kind === 'share') return { ...d, file: c.path };
      return { ...d, file: c.file, format: c.kind === 'overlay' ? 'qcow2' : d.format };
    }),
  };
  return { config, disks };
}
