// Disk images as the engine meets them: an image to import (create's source or "existing" storage,
// inspectImage) and a disk of a definition. The file policy first, so qemu-img never opens a file the
// VM may not use; then qemu-img's view of the format; then the backing chain one layer at a time.
import { ApiError } from '../../../shared/api.js';
import { says } from '../../../shared/i18n/index.js';
import type { DiskConfig } from '../../../shared/model/index.js';
import { imageInfo, type ImageInfo } from '../img/qemu-img.js';
import { walkBackingChain } from './backing-chain.js';
import { isRawDiskSize } from './file-kind.js';
import { checkVmFile, type CheckedFile, type PolicyContext } from './file-policy.js';

/** qemu-img info without --backing-chain: it opens the image alone, never its backing file. */
export type InfoOf = (file: string) => Promise<ImageInfo>;
const qemuImgInfo =
  (img: string): InfoOf =>
  (file) =>
    imageInfo(img, file, { shared: true });

/**
 * An image the user names to import: "convert" and "overlay" only read it (role 'import'), "use" runs
 * it in place as a writable disk (role 'disk'). Returns its format as qemu-img sees it.
 */
export async function checkImportImage(
  img: string,
  file: string,
  mode: 'convert' | 'overlay' | 'use',
  ctx: PolicyContext,
  infoOf: InfoOf = qemuImgInfo(img),
): Promise<string> {
  const checked = await checkVmFile(file, mode === 'use' ? 'disk' : 'import', ctx);
  const top = await infoOf(checked.path);
  requireRawSectors(checked, top.format, ctx);
  // A raw image has no backing file; anything else may, and every layer is held to the policy.
  if (top.format !== 'raw') await walkBackingChain(checked.path, ctx, infoOf, top);
  return top.format;
}

/**
 * A disk of a definition: the policy for its role (read-only or not), the format it claims against
 * qemu-img's, and its backing chain. Relative names are in the VM's folder (ctx.vmId).
 */
export async function checkDiskImage(
  img: string,
  disk: DiskConfig,
  ctx: PolicyContext,
  infoOf: InfoOf = qemuImgInfo(img),
): Promise<CheckedFile> {
  const checked = await checkVmFile(disk.file, disk.readOnly ? 'disk-readonly' : 'disk', { ...ctx, format: disk.format });
  const top = await infoOf(checked.path);
  if (top.format !== disk.format) {
    throw new ApiError('invalid', says('files:policy.formatMismatch', { file: disk.file, actual: top.format, claimed: disk.format }), {
      field: ctx.formatField ?? ctx.field,
      path: checked.path,
    });
  }
  // QEMU opens it with format= pinned, so a raw disk's content is never read as a header.
  if (disk.format !== 'raw') await walkBackingChain(checked.path, ctx, infoOf, top);
  return checked;
}

/** The raw-disk rule once more when qemu-img calls raw what the policy's sniffing took for an image. */
function requireRawSectors(checked: CheckedFile, format: string, ctx: PolicyContext): void {
  if (format !== 'raw' || checked.type !== 'file' || isRawDiskSize(checked.size)) return;
  throw new ApiError('invalid', says('files:policy.rawSectors', { file: checked.path, size: checked.size }), {
    field: ctx.field,
    path: checked.path,
  });
}
