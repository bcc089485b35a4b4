import path from 'node:path';
import { says, type Message } from '../../../shared/i18n/index.js';
import type { VmConfig } from '../../../shared/model/index.js';

/**
 * Pure: why this VM cannot take internal snapshots, with the way out; null when it can. Internal
 * snapshots live inside qcow2 images, so every disk the guest can write must be qcow2, and there must
 * be one to hold the memory state.
 */
export function snapshotBlocker(config: VmConfig): Message | null {
  const writable = config.disks.filter((d) => !d.readOnly);
  if (!writable.length) return says('files:snapshots.noWritableDisk');
  const other = writable.find((d) => d.format !== 'qcow2');
  if (other) return says('files:snapshots.notQcow2', { file: path.basename(other.file), format: other.format });
  if (config.firmware === 'uefi') return says('files:snapshots.uefi');
  return null;
}

/** The disks a snapshot is taken on (and reverted, deleted): every writable one. */
export const snapshotDisks = (config: VmConfig) => config.disks.flatMap((d, i) => (d.readOnly ? [] : [{ disk: d, index: i }]));
