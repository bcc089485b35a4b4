// Disk images, their backing chains, snapshots and what deleting a VM would touch.
import type { Message } from '../i18n/message.js';

export interface ImageDetails {
  /** qemu-img's name for it: a DiskFormat, or one VirtDesk does not create (vpc, qed...). */
  format: string;
  virtualSize: number;
  actualSize: number | null;
  backingFile: string | null;
}

/** One image in qemu-img info --backing-chain order: the image itself first, then its backing file... */
export interface ImageLayer {
  path: string;
  format: string;
  virtualSize: number;
  /** Bytes the file takes on disk (sparse files take less than their virtual size). */
  actualSize: number | null;
}

/** A disk image in the Disks view: a VM's disk, or a read-only base that linked clones share. */
export interface DiskEntry {
  path: string;
  /** The VM whose disk this is (index into its disks); null for a shared base. */
  vm: { id: string; name: string; index: number } | null;
  /** Names of the VMs whose disks have this image as their backing file. */
  usedBy: string[];
  /** This image first, then its backing chain; null when qemu-img cannot read it (see error). */
  chain: ImageLayer[] | null;
  snapshots: number;
  error?: Message;
  /**
   * Why resize/convert/check are refused now (the VM runs and QEMU holds the image's lock, the VM's
   * state is saved, linked clones depend on it); null = allowed.
   */
  busy: Message | null;
}

export interface DiskCheckResult {
  /** qemu-img check: exit 0 clean, 2 corrupt, 3 leaked clusters only. */
  verdict: 'clean' | 'leaks' | 'corrupt' | 'unsupported';
  corruptions: number;
  leaks: number;
  /** What the verdict means and what to do (qemu-img's own words for a format without checks). */
  message: Message;
}

/** A file the delete dialog offers to delete, with a checkbox. */
export interface DeletionFile {
  path: string;
  insideVmFolder: boolean;
  sizeBytes: number | null;
  /**
   * Other VMs that use this file (as a disk, or as a backing file of theirs): it cannot be deleted while
   * they exist, and the dialog shows it without a checkbox.
   */
  usedBy: string[];
}

export interface SnapshotInfo {
  /** The tag (unique per VM). */
  name: string;
  description: string;
  /** ISO time it was taken. */
  createdAt: string;
  /** Size of the saved memory and device state; 0 for a disk-only (offline) snapshot. */
  vmStateBytes: number;
  /** Reverting to it restores a running guest (memory included), not only the disks. */
  live: boolean;
}

export interface SnapshotList {
  snapshots: SnapshotInfo[];
  /** Why this VM cannot take snapshots (a raw disk, a UEFI variable store...), with the fix; null = it can. */
  unavailable: Message | null;
  /** After taking a live snapshot: whether the guest agent froze the guest's file systems for it. */
  filesystems?: Message;
}
