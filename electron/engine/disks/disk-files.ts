// Where a VM's disks are and what new ones are called.
import path from 'node:path';
import type { DiskFormat } from '../../../shared/model/index.js';

/** A disk's file as stored in vm.json: a name inside the VM's folder, or an absolute path the user picked. */
export const diskPath = (vmDir: string, file: string) => (path.isAbsolute(file) ? file : path.join(vmDir, file));

/** The usual file extension of each image format (raw disks are ".img", as qemu-img's examples write). */
export const FORMAT_EXT: Record<DiskFormat, string> = { qcow2: 'qcow2', raw: 'img', vmdk: 'vmdk', vdi: 'vdi' };

/**
 * Pure: a free file name in the VM's folder for `file` in another format: disk0.qcow2 -> disk0.vmdk,
 * or disk0-2.vmdk, disk0-3.vmdk... when that is taken (also when converting to the same format).
 */
export function convertedName(file: string, format: DiskFormat, taken: ReadonlySet<string>): string {
  const stem = path.basename(file).replace(/\.(qcow2|img|raw|vmdk|vdi)$/i, '') || 'disk';
  const ext = FORMAT_EXT[format];
  const first = `${stem}.${ext}`;
  if (!taken.has(first) && first !== path.basename(file)) return first;
  for (let n = 2; ; n++) if (!taken.has(`${stem}-${n}.${ext}`)) return `${stem}-${n}.${ext}`;
}
