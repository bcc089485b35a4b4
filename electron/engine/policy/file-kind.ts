// What a file really is, from its first bytes: an ISO 9660 / UDF image, a kernel QEMU can boot, an
// initrd, a disk image format qemu-img would recognise, or data that can only be a raw disk. The
// sniffers are PURE (a Buffer of the file's head and its size); readHead() is the thin fs edge.
//
// Why: a VM's CD-ROM, kernel and initrd are handed to the guest, so a path that names a password file
// or /proc/self/mem must not pass because it "exists and is readable". The kind is checked from the
// content, never from the file name.
import fs from 'node:fs/promises';
import { constants } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { says, type Message } from '../../../shared/i18n/index.js';

const SECTOR = 512;
const CD_SECTOR = 2048;
/** ISO 9660 and UDF volume descriptors start at byte 32768 (sector 16 of 2048 bytes). */
const VRS_START = 16 * CD_SECTOR;
const VRS_DESCRIPTORS = 32;
/** Enough for the volume recognition sequence, a multiboot header, and initrd padding. */
export const HEAD_BYTES = VRS_START + VRS_DESCRIPTORS * CD_SECTOR;

export type OpticalKind = 'iso9660' | 'udf';
export type KernelKind = 'bzImage' | 'elf' | 'multiboot';
export type InitrdKind = 'cpio' | 'gzip' | 'bzip2' | 'lzma' | 'xz' | 'lzo' | 'lz4' | 'zstd';
/** Image formats whose header qemu-img recognises; anything else it opens as raw. */
export type ImageMagic = 'qcow2' | 'qcow' | 'qed' | 'vmdk' | 'vdi' | 'vhdx' | 'vpc' | 'luks' | 'parallels' | 'bochs' | 'cloop';

const ascii = (head: Buffer, at: number, len: number) => (head.length >= at + len ? head.toString('latin1', at, at + len) : '');

/** ISO 9660 ("CD001" at byte 32769) or UDF ("BEA01" ... "NSR02"/"NSR03" ... in the recognition sequence). */
export function opticalKind(head: Buffer): OpticalKind | null {
  let iso = false;
  for (let i = 0; i < VRS_DESCRIPTORS; i++) {
    const at = VRS_START + i * CD_SECTOR;
    if (head.length < at + CD_SECTOR) break;
    const id = ascii(head, at + 1, 5);
    if (id === 'NSR02' || id === 'NSR03') return 'udf';
    if (id === 'CD001' && i === 0) iso = true;
    if (['CD001', 'BEA01', 'TEA01', 'BOOT2', 'CDW02'].includes(id)) continue;
    // UDF on 4 KiB blocks puts a descriptor every other 2048-byte sector; the gaps are zeros.
    if (head.subarray(at, at + 8).every((b) => b === 0) && i > 0) continue;
    break;
  }
  return iso ? 'iso9660' : null;
}

/**
 * A kernel QEMU's x86 loader boots: a bzImage ("HdrS" at 0x202), a multiboot kernel (its header, with
 * a valid checksum, in the first 8 KiB), or an ELF executable (vmlinux, PVH).
 */
export function kernelKind(head: Buffer): KernelKind | null {
  if (ascii(head, 0x202, 4) === 'HdrS') return 'bzImage';
  for (let at = 0; at + 12 <= Math.min(head.length, 8192); at += 4) {
    if (head.readUInt32LE(at) !== 0x1badb002) continue;
    if ((0x1badb002 + head.readUInt32LE(at + 4) + head.readUInt32LE(at + 8)) >>> 0 === 0) return 'multiboot';
  }
  if (head.length >= 18 && ascii(head, 0, 4) === '\x7fELF') {
    const type = head[5] === 2 ? head.readUInt16BE(16) : head.readUInt16LE(16);
    if (type === 2) return 'elf'; // ET_EXEC: a program loaded at fixed addresses, as kernels are
  }
  return null;
}

const INITRD_MAGIC: Array<[InitrdKind, (b: Buffer, at: number) => boolean]> = [
  ['cpio', (b, at) => ['070701', '070702', '070707'].includes(ascii(b, at, 6))],
  ['gzip', (b, at) => b[at] === 0x1f && (b[at + 1] === 0x8b || b[at + 1] === 0x9e)],
  ['bzip2', (b, at) => ascii(b, at, 3) === 'BZh' && (b[at + 3] ?? 0) >= 0x31 && (b[at + 3] ?? 0) <= 0x39],
  ['lzma', (b, at) => b[at] === 0x5d && b[at + 1] === 0x00], // the kernel's own test (lib/decompress.c)
  ['xz', (b, at) => ascii(b, at, 6) === '\xfd7zXZ\x00'],
  ['lzo', (b, at) => ascii(b, at, 9) === '\x89LZO\x00\r\n\x1a\n'],
  ['lz4', (b, at) => b.length >= at + 4 && b.readUInt32LE(at) === 0x184c2102],
  ['zstd', (b, at) => b.length >= at + 4 && b.readUInt32LE(at) === 0xfd2fb528],
];

/**
 * An initramfs the kernel unpacks: a cpio archive (newc, crc or odc) or one compressed with a
 * method the kernel knows. Like the kernel, it skips NUL padding at 4-byte steps before it.
 */
export function initrdKind(head: Buffer): InitrdKind | null {
  let at = 0;
  while (at + 4 <= head.length && head.readUInt32LE(at) === 0) at += 4;
  if (at >= head.length) return null;
  return INITRD_MAGIC.find(([, is]) => is(head, at))?.[0] ?? null;
}

/** The image format qemu-img would see in this header; null = it would open the file as raw. */
export function imageMagic(head: Buffer): ImageMagic | null {
  const at0 = ascii(head, 0, 8);
  if (at0.startsWith('QFI\xfb')) return head.length >= 8 && head.readUInt32BE(4) >= 2 ? 'qcow2' : 'qcow';
  if (at0.startsWith('QED\x00')) return 'qed';
  if (at0.startsWith('KDMV') || ascii(head, 0, 21) === '# Disk DescriptorFile') return 'vmdk';
  if (head.length >= 0x44 && head.readUInt32LE(0x40) === 0xbeda107f) return 'vdi';
  if (at0 === 'vhdxfile') return 'vhdx';
  if (at0 === 'conectix') return 'vpc';
  if (at0.startsWith('LUKS\xba\xbe')) return 'luks';
  if (ascii(head, 0, 16) === 'WithoutFreeSpace' || ascii(head, 0, 16) === 'WithouFreSpacExt') return 'parallels';
  if (ascii(head, 0, 22) === 'Bochs Virtual HD Image') return 'bochs';
  if (ascii(head, 0, 40).includes('#V2.0 Format')) return 'cloop';
  return null;
}

/** A raw disk is any content, but not empty and a whole number of 512-byte sectors (as QEMU exposes it). */
export function isRawDiskSize(size: number): boolean {
  return size > 0 && size % SECTOR === 0;
}

/** What the file looks like, for a message that says what was picked ("it looks like a text file"). */
export function describeContent(head: Buffer, size: number): Message {
  if (size === 0) return says('files:policy.content.empty');
  const optical = opticalKind(head);
  if (optical) return says(optical === 'udf' ? 'files:policy.content.udf' : 'files:policy.content.iso');
  const image = imageMagic(head);
  if (image) return says('files:policy.content.image', { format: image });
  const kernel = kernelKind(head);
  if (kernel) return kernel === 'elf' ? says('files:policy.content.elfKernel') : says('files:policy.content.kernel', { kind: kernel });
  if (ascii(head, 0, 4) === '\x7fELF') return says('files:policy.content.elf');
  const initrd = initrdKind(head);
  if (initrd) return initrd === 'cpio' ? says('files:policy.content.cpio') : says('files:policy.content.compressed', { kind: initrd });
  const sample = head.subarray(0, Math.min(head.length, 4096));
  if (sample.length && sample.every((b) => b === 0x09 || b === 0x0a || b === 0x0d || (b >= 0x20 && b !== 0x7f))) {
    return says('files:policy.content.text');
  }
  return says('files:policy.content.data', { size });
}

export interface FileHead {
  head: Buffer;
  /** From fstat of the opened file: 0 for block devices (their size is not in stat). */
  size: number;
}

/**
 * Opens a file to read its bytes without ever waiting on it: non-blocking (a FIFO swapped in after a
 * check cannot hang a file-system thread) and refused unless it is a regular file. For the readers
 * that go past the first bytes (an ISO's labels and files), which open it again after readHead.
 */
export async function openForReading(file: string): Promise<FileHandle> {
  const fh = await fs.open(file, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  const st = await fh.stat().catch(async (err: unknown) => {
    await fh.close();
    throw err;
  });
  if (st.isFile()) return fh;
  await fh.close();
  throw Object.assign(new Error(`${file} is not a regular file`), { code: 'ENOTREG' });
}

/**
 * The first HEAD_BYTES of a file. Opened non-blocking, so a FIFO swapped in after the caller's stat
 * cannot hang the engine; the caller compares dev/ino from the returned stat with the one it judged.
 */
export async function readHead(file: string, bytes = HEAD_BYTES): Promise<FileHead & { dev: number; ino: number; isFile: boolean }> {
  const fh = await fs.open(file, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  try {
    const st = await fh.stat();
    if (!st.isFile() && !st.isBlockDevice()) return { head: Buffer.alloc(0), size: 0, dev: st.dev, ino: st.ino, isFile: false };
    const head = Buffer.alloc(bytes);
    let got = 0;
    while (got < bytes) {
      const { bytesRead } = await fh.read(head, got, bytes - got, got);
      if (bytesRead === 0) break;
      got += bytesRead;
    }
    return { head: head.subarray(0, got), size: st.size, dev: st.dev, ino: st.ino, isFile: st.isFile() };
  } finally {
    await fh.close();
  }
}
