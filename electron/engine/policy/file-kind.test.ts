// What a file really is, from its first bytes: synthetic heads for each kind, then the real files on
// this machine (the test guest, OVMF, /etc/passwd) where they exist.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeContent, HEAD_BYTES, imageMagic, initrdKind, isRawDiskSize, kernelKind, opticalKind, readHead } from './file-kind.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vd-kind-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A buffer of `size` zeros with `parts` written at their offsets. */
function bytes(size: number, parts: Array<[number, string | number[]]>): Buffer {
  const b = Buffer.alloc(size);
  for (const [at, v] of parts) (typeof v === 'string' ? Buffer.from(v, 'latin1') : Buffer.from(v)).copy(b, at);
  return b;
}
const VRS = 32768;

describe('CD and DVD images', () => {
  it('knows ISO 9660 by "CD001" in the first volume descriptor', () => {
    expect(
      opticalKind(
        bytes(VRS + 4096, [
          [VRS, '\x01CD001\x01'],
          [VRS + 2048, '\xffCD001\x01'],
        ]),
      ),
    ).toBe('iso9660');
  });

  it('knows UDF by its recognition sequence, on 2 KiB and on 4 KiB blocks', () => {
    expect(
      opticalKind(
        bytes(VRS + 6144, [
          [VRS, '\x00BEA01\x01'],
          [VRS + 2048, '\x00NSR02\x01'],
          [VRS + 4096, '\x00TEA01\x01'],
        ]),
      ),
    ).toBe('udf');
    expect(
      opticalKind(
        bytes(VRS + 8192, [
          [VRS, '\x00BEA01\x01'],
          [VRS + 4096, '\x00NSR03\x01'],
        ]),
      ),
    ).toBe('udf');
    // An ISO/UDF bridge disc (most DVDs) is both; either way it is a CD-ROM image.
    expect(
      opticalKind(
        bytes(VRS + 8192, [
          [VRS, '\x01CD001\x01'],
          [VRS + 2048, '\xffCD001\x01'],
          [VRS + 4096, '\x00BEA01\x01'],
          [VRS + 6144, '\x00NSR02\x01'],
        ]),
      ),
    ).toBe('udf');
  });

  it('refuses the magic anywhere else, a short file, and an empty sequence', () => {
    expect(opticalKind(bytes(VRS + 4096, [[VRS + 2048, '\x01CD001\x01']]))).toBeNull();
    expect(opticalKind(bytes(VRS + 4096, [[VRS + 7, 'CD001']]))).toBeNull();
    expect(opticalKind(bytes(VRS + 100, [[VRS, '\x01CD001\x01']]))).toBeNull();
    expect(
      opticalKind(
        bytes(VRS + 4096, [
          [VRS, '\x00BEA01\x01'],
          [VRS + 2048, 'garbage!'],
        ]),
      ),
    ).toBeNull();
  });
});

describe('kernels', () => {
  it('knows a bzImage by "HdrS" at 0x202', () => {
    expect(
      kernelKind(
        bytes(4096, [
          [0x1fe, [0x55, 0xaa]],
          [0x202, 'HdrS'],
        ]),
      ),
    ).toBe('bzImage');
    expect(kernelKind(bytes(4096, [[0x203, 'HdrS']]))).toBeNull();
  });

  it('knows an ELF executable (vmlinux, PVH) but not a shared object or program of another type', () => {
    const elf = (type: number, bigEndian = false) => {
      const b = bytes(64, [
        [0, '\x7fELF'],
        [4, [2, bigEndian ? 2 : 1, 1]],
      ]);
      if (bigEndian) b.writeUInt16BE(type, 16);
      else b.writeUInt16LE(type, 16);
      return b;
    };
    expect(kernelKind(elf(2))).toBe('elf');
    expect(kernelKind(elf(2, true))).toBe('elf');
    expect(kernelKind(elf(3))).toBeNull(); // ET_DYN: /bin/ls, libraries
    expect(describeContent(elf(3), 64).text).toBe('an ELF program or library');
  });

  it('knows a multiboot kernel by its header, only with a valid checksum', () => {
    const mb = (checksumOk: boolean) => {
      const b = Buffer.alloc(8192);
      b.writeUInt32LE(0x1badb002, 4096);
      b.writeUInt32LE(0x3, 4100);
      b.writeUInt32LE((-(0x1badb002 + 0x3) + (checksumOk ? 0 : 1)) >>> 0, 4104);
      return b;
    };
    expect(kernelKind(mb(true))).toBe('multiboot');
    expect(kernelKind(mb(false))).toBeNull();
  });
});

describe('initrds', () => {
  const cases: Array<[string, string | number[], string]> = [
    ['cpio newc', '070701', 'cpio'],
    ['cpio crc', '070702', 'cpio'],
    ['cpio odc', '070707', 'cpio'],
    ['gzip', [0x1f, 0x8b, 0x08], 'gzip'],
    ['bzip2', 'BZh9', 'bzip2'],
    ['lzma', [0x5d, 0x00, 0x00, 0x80, 0x00], 'lzma'],
    ['xz', [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], 'xz'],
    ['lzop', [0x89, 0x4c, 0x5a, 0x4f, 0x00, 0x0d, 0x0a, 0x1a, 0x0a], 'lzo'],
    ['lz4 legacy', [0x02, 0x21, 0x4c, 0x18], 'lz4'],
    ['zstd', [0x28, 0xb5, 0x2f, 0xfd], 'zstd'],
  ];
  it.each(cases)('knows %s', (_name, magic, kind) => {
    expect(initrdKind(bytes(512, [[0, magic]]))).toBe(kind);
  });

  it('skips NUL padding before the archive, as the kernel does', () => {
    expect(initrdKind(bytes(4096, [[1024, '070701']]))).toBe('cpio');
  });

  it('refuses zeros, text, "BZh" without a block size and a near-miss cpio magic', () => {
    expect(initrdKind(Buffer.alloc(4096))).toBeNull();
    expect(initrdKind(Buffer.from('root:x:0:0:root:/root:/bin/bash\n'))).toBeNull();
    expect(initrdKind(Buffer.from('BZhx'))).toBeNull();
    expect(initrdKind(Buffer.from('070703'))).toBeNull();
  });
});

describe('disk images and raw disks', () => {
  it('knows the image formats qemu-img would not open as raw', () => {
    const qcow2 = bytes(512, [
      [0, 'QFI\xfb'],
      [4, [0, 0, 0, 3]],
    ]);
    expect(imageMagic(qcow2)).toBe('qcow2');
    expect(
      imageMagic(
        bytes(512, [
          [0, 'QFI\xfb'],
          [4, [0, 0, 0, 1]],
        ]),
      ),
    ).toBe('qcow');
    expect(imageMagic(bytes(512, [[0, 'KDMV']]))).toBe('vmdk');
    expect(imageMagic(Buffer.from('# Disk DescriptorFile\nversion=1\n'))).toBe('vmdk');
    expect(imageMagic(bytes(512, [[0x40, [0x7f, 0x10, 0xda, 0xbe]]]))).toBe('vdi');
    expect(imageMagic(bytes(512, [[0, 'vhdxfile']]))).toBe('vhdx');
    expect(imageMagic(bytes(512, [[0, 'conectix']]))).toBe('vpc');
    expect(imageMagic(bytes(512, [[0, 'LUKS\xba\xbe']]))).toBe('luks');
    expect(imageMagic(bytes(512, [[0, 'QED\x00']]))).toBe('qed');
    expect(imageMagic(Buffer.alloc(512))).toBeNull();
    expect(describeContent(qcow2, 512).text).toBe('a qcow2 disk image');
  });

  it('takes any content as a raw disk, but only whole 512-byte sectors and never empty', () => {
    expect(isRawDiskSize(0)).toBe(false);
    expect(isRawDiskSize(511)).toBe(false);
    expect(isRawDiskSize(512)).toBe(true);
    expect(isRawDiskSize(1221)).toBe(false);
    expect(isRawDiskSize(10 * 2 ** 30)).toBe(true);
  });

  it('says what a file looks like, for messages', () => {
    expect(describeContent(Buffer.alloc(0), 0).text).toBe('an empty file');
    expect(describeContent(Buffer.from('hello\nworld\n'), 12).text).toBe('a text file');
    expect(describeContent(bytes(64, [[0, [0x1f, 0x8b, 0x08]]]), 64).text).toBe('a gzip-compressed file');
    expect(describeContent(Buffer.from([1, 2, 3, 0, 255]), 5).text).toBe('5 bytes of data of no kind VirtDesk recognises');
  });
});

describe('reading a head', () => {
  it('reads at most HEAD_BYTES and reports the real size', async () => {
    const f = path.join(dir, 'big.img');
    fs.writeFileSync(f, Buffer.alloc(HEAD_BYTES + 4096, 1));
    const h = await readHead(f);
    expect(h.head.length).toBe(HEAD_BYTES);
    expect(h.size).toBe(HEAD_BYTES + 4096);
    expect(h.isFile).toBe(true);
  });

  it('does not wait on a FIFO (opened non-blocking): it reports it is not a file', async () => {
    const fifo = path.join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const h = await readHead(fifo);
    expect(h.isFile).toBe(false);
    expect(h.head.length).toBe(0);
  });
});

describe('the real files on this machine', () => {
  const guest = (f: string) => path.resolve('.cache/test-guest', f);
  const head = (f: string) => readHead(f);

  it('the test guest: its kernel, initrd and ISO are what they claim', async () => {
    if (!fs.existsSync(guest('vmlinuz'))) return console.log('SKIPPED: no test guest built (bash scripts/build-test-guest.sh)');
    expect(kernelKind((await head(guest('vmlinuz'))).head)).toBe('bzImage');
    expect(initrdKind((await head(guest('initrd.img'))).head)).not.toBeNull();
    expect(opticalKind((await head(guest('guest.iso'))).head)).toBe('iso9660');
    // ... and none of them is taken for another kind.
    expect(opticalKind((await head(guest('vmlinuz'))).head)).toBeNull();
    expect(kernelKind((await head(guest('initrd.img'))).head)).toBeNull();
    expect(initrdKind((await head(guest('guest.iso'))).head)).toBeNull();
  });

  it('OVMF firmware is no ISO, kernel or initrd', async () => {
    const ovmf = fs.existsSync('/usr/share/OVMF') ? fs.readdirSync('/usr/share/OVMF').map((f) => path.join('/usr/share/OVMF', f)) : [];
    if (!ovmf.length) return console.log('SKIPPED: OVMF is not installed (apt-get install ovmf)');
    for (const f of ovmf) {
      const h = (await head(f)).head;
      expect([f, opticalKind(h), kernelKind(h), initrdKind(h)]).toEqual([f, null, null, null]);
    }
  });

  it('/etc/passwd is refused as an ISO, a kernel, an initrd and a raw disk', async () => {
    const { head: h, size } = await head('/etc/passwd');
    expect(opticalKind(h)).toBeNull();
    expect(kernelKind(h)).toBeNull();
    expect(initrdKind(h)).toBeNull();
    expect(imageMagic(h)).toBeNull();
    // A raw disk is whole sectors; if this machine's passwd happened to be, the size rule could not tell.
    if (size % 512 === 0) return console.log(`SKIPPED the raw-disk part: /etc/passwd is ${size} bytes here`);
    expect(isRawDiskSize(size)).toBe(false);
    expect(describeContent(h, size).text).toBe('a text file');
  });
});
