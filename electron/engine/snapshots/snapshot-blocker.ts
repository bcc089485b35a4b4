import path from 'node:path';
import type { VmConfig } from '../../../shared/model/index.js';

/**
 * Pure: why this VM cannot take internal snapshots, with the way out; null when it can. Internal
 * snapshots live inside qcow2 images, so every disk the guest can write must be qcow2, and there must
 * be one to hold the memory state.
 */
export function snapshotBlocker(config: VmConfig): string | null {
  const writable = config.disks.filter((d) => !d.readOnly);
  if (!writable.length) return 'This VM has no writable disk to hold snapshots: add a qcow2 disk first.';
  const other = writable.find((d) => d.format !== 'qcow2');
  if (other) {
    return `${path.basename(other.file)} is a ${other.format} image, and only qcow2 images can hold snapshots: convert it to qcow2 (Disks, Convert, "use the converted image") first.`;
  }
  if (config.firmware === 'uefi') {
    return (
      'This VM boots UEFI, and its firmware variables (OVMF_VARS.fd) are a raw file QEMU cannot snapshot: a revert ' +
      'would put the disks back but not the boot entries that go with them. VirtDesk does not snapshot UEFI VMs; ' +
      'clone the VM (full copy) to keep a restore point instead.'
    );
  }
  return null;
}

/** The disks a snapshot is taken on (and reverted, deleted): every writable one. */
export const snapshotDisks = (config: VmConfig) => config.disks.flatMap((d, i) => (d.readOnly ? [] : [{ disk: d, index: i }]));
