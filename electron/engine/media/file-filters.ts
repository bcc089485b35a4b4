// Which files a path field's chooser shows, and what the library counts as install media or a disk
// image. PURE: names, and the head of a file judged by the same sniffers the policy uses
// (policy/file-kind.ts), so what the chooser offers as an ISO is what the policy accepts as one.
import { FILE_KINDS, type FileKind } from '../../../shared/schemas/media-methods.js';
import { imageMagic, initrdKind, isRawDiskSize, kernelKind, opticalKind } from '../policy/file-kind.js';

/** "Debian.ISO" -> "iso"; "vmlinuz-6.1.0-18-amd64" -> "" (a version is not an extension). */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return '';
  const ext = name.slice(dot + 1).toLowerCase();
  return /^[a-z][a-z0-9]{0,5}$/.test(ext) ? ext : '';
}

/** Names kernels and initrds go by: vmlinuz-6.1.0-18-amd64, bzImage, linux (Debian's netboot), initrd.img-..., initramfs-... */
const KERNEL_NAME = /^(vmlinuz|vmlinux|bzimage|kernel|linux)([-._]|$)/i;
const INITRD_NAME = /^(initrd|initramfs)([-._]|$)/i;

/** Whether the name alone says the file is of this kind. */
export function nameMatches(kind: FileKind, name: string): boolean {
  if (kind === 'any') return true;
  if (kind === 'folder') return false;
  if (kind === 'kernel') return KERNEL_NAME.test(name);
  if (kind === 'initrd') return INITRD_NAME.test(name) || FILE_KINDS.initrd.extensions.includes(extensionOf(name));
  return FILE_KINDS[kind].extensions.includes(extensionOf(name));
}

/** How much of a file's head the content test of a kind reads: the least that decides it. */
export function sniffBytes(kind: FileKind): number {
  if (kind === 'iso') return 16 * 2048 + 8 * 2048; // the volume descriptors from sector 16 on
  if (kind === 'kernel') return 8192; // a multiboot header lies in the first 8 KiB
  return 4096;
}

/** Whether the content says the file is of this kind (a raw disk image says nothing, so it never matches here). */
export function contentMatches(kind: FileKind, head: Buffer): boolean {
  if (kind === 'iso') return opticalKind(head) !== null;
  if (kind === 'kernel') return kernelKind(head) !== null;
  if (kind === 'initrd') return initrdKind(head) !== null;
  if (kind === 'disk') return imageMagic(head) !== null;
  return kind === 'any';
}

/** File names the library looks inside: install media and disk images. */
export function isLibraryCandidate(name: string): boolean {
  const ext = extensionOf(name);
  return FILE_KINDS.iso.extensions.includes(ext) || FILE_KINDS.disk.extensions.includes(ext);
}

/** Smaller than this, a raw ".img" is a floppy or a boot sector, not a disk anyone installs to. */
const MIN_RAW_DISK = 1024 * 1024;

/**
 * What a library candidate really is, from its content: an ISO 9660/UDF image (a hybrid .img too), a
 * disk image format qemu-img recognises, or a raw disk (.img/.raw, whole sectors, at least 1 MiB).
 * null: neither (a ".iso" that is a web page, an initrd.img), and the library leaves it out.
 */
export function classifyMedia(name: string, head: Buffer, size: number): { kind: 'iso' | 'disk'; format: string } | null {
  const optical = opticalKind(head);
  if (optical) return { kind: 'iso', format: optical };
  const magic = imageMagic(head);
  if (magic) return { kind: 'disk', format: magic };
  const ext = extensionOf(name);
  if ((ext === 'img' || ext === 'raw') && !INITRD_NAME.test(name) && size >= MIN_RAW_DISK && isRawDiskSize(size)) {
    return { kind: 'disk', format: 'raw' };
  }
  return null;
}
