// qemu-img convert with progress, against the real qemu-img.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { convertImage, createImage, imageInfo } from './qemu-img.js';
import { lastProgress } from './convert-progress.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vd-img-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('qemu-img convert', () => {
  it('parses the progress qemu-img prints', () => {
    expect(lastProgress('    (0.00/100%)\r    (12.34/100%)\r')).toBe(12.34);
    expect(lastProgress('nothing')).toBeNull();
  });

  it('converts raw to qcow2 with progress from 0 to 100, and the result is a qcow2 of the same size', async () => {
    const src = path.join(dir, 'src.raw');
    fs.writeFileSync(src, Buffer.alloc(8 * 1024 * 1024, 1));
    const seen: number[] = [];
    await convertImage('qemu-img', { src, srcFormat: 'raw', dst: path.join(dir, 'out.qcow2'), dstFormat: 'qcow2' }, (p) => seen.push(p));
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(100);
    expect(seen).toEqual([...seen].sort((a, b) => a - b)); // never goes backwards
    expect(await imageInfo('qemu-img', path.join(dir, 'out.qcow2'))).toMatchObject({ format: 'qcow2', 'virtual-size': 8 * 1024 * 1024 });
  });

  it('a failed conversion names the cause and leaves no file behind', async () => {
    await createImage('qemu-img', path.join(dir, 'small.qcow2'), 'qcow2', 1024 * 1024);
    const dst = path.join(dir, 'bad.qcow2');
    await expect(convertImage('qemu-img', { src: path.join(dir, 'missing.vmdk'), dst, dstFormat: 'qcow2' }, () => {})).rejects.toThrow(
      /qemu-img convert failed: .*missing\.vmdk/,
    );
    expect(fs.existsSync(dst) || fs.existsSync(`${dst}.partial`)).toBe(false);
  });
});
