// API methods for power, consoles, shared bases and snapshots beyond the core (see methods.ts: the one table they join; method-kit.ts has the building blocks).
import { z } from 'zod';
import type { SnapshotInfo, SnapshotList } from '../model/index.js';
import { absolutePath } from './fields.js';
import { byId, method, returns } from './method-kit.js';

/** A block device of the running VM, by the name QEMU's monitor takes (QMP query-block). */
export interface MonitorDrive {
  /** What `eject` and `change` take: cd0 on q35, ide1-cd0 on pc, disk0... */
  device: string;
  kind: 'cdrom' | 'disk' | 'other';
  /** The image in it now; null for an empty CD-ROM drive. */
  file: string | null;
}

/** A snapshot and the one it was taken from (null: from the root, or taken before VirtDesk kept parents). */
export interface SnapshotNode extends SnapshotInfo {
  parent: string | null;
}

/** The snapshots as a tree: parents and the current one come from VirtDesk's snapshots.json (qcow2 keeps neither). */
export interface SnapshotTree extends SnapshotList {
  snapshots: SnapshotNode[];
  /** The snapshot the VM's disks were last taken as or reverted to; null when unknown or deleted. */
  current: string | null;
}

export const powerMethods = {
  /** The running VM's drives as the monitor names them, so a hint can say `eject cd0` where that is the name. */
  monitorDrives: method(byId, returns<MonitorDrive[]>()),
  /** listSnapshots with each snapshot's parent and the current snapshot marked. */
  snapshotTree: method(byId, returns<SnapshotTree>()),
  /** Delete a linked-clone base in the data folder's bases/ that no VM builds on any more. */
  deleteBase: method(z.object({ path: absolutePath }).strict(), returns<{ deleted: string }>()),
};
