import { describe, expect, it } from 'vitest';
import { parseCheck } from './check-result.js';
import { convertedName } from './disk-files.js';
import { toLayers } from './image-layers.js';

describe('toLayers', () => {
  it('resolves each backing file against the image that names it', () => {
    const chain = [
      { filename: '/vms/a/disk0.qcow2', format: 'qcow2', 'virtual-size': 1024, 'actual-size': 200 },
      { filename: '../../bases/a-disk0.qcow2', format: 'qcow2', 'virtual-size': 1024 },
      { filename: '/isos/base.img', format: 'raw', 'virtual-size': 1024, 'actual-size': 1024 },
    ];
    expect(toLayers(chain, '/vms/a/disk0.qcow2')).toEqual([
      { path: '/vms/a/disk0.qcow2', format: 'qcow2', virtualSize: 1024, actualSize: 200 },
      { path: '/bases/a-disk0.qcow2', format: 'qcow2', virtualSize: 1024, actualSize: null },
      { path: '/isos/base.img', format: 'raw', virtualSize: 1024, actualSize: 1024 },
    ]);
  });
});

describe('parseCheck', () => {
  it('reads qemu-img check verdicts from the exit code and the counts from the JSON', () => {
    expect(parseCheck(0, '{"check-errors":0,"filename":"a","format":"qcow2"}').verdict).toBe('clean');
    expect(parseCheck(3, '{"leaks":4,"check-errors":0}')).toMatchObject({ verdict: 'leaks', leaks: 4 });
    expect(parseCheck(2, '{"corruptions":2,"leaks":1}')).toMatchObject({ verdict: 'corrupt', corruptions: 2, leaks: 1 });
    expect(parseCheck(63, 'qemu-img: This image format does not support checks\n')).toMatchObject({
      verdict: 'unsupported',
      corruptions: 0,
      leaks: 0,
      message: { text: 'This image format does not support checks' },
    });
    expect(parseCheck(2, '{"corruptions":2,"leaks":1}').message.text).toBe(
      '2 corrupted cluster(s) and 1 leaked: restore this disk from a backup, or try "qemu-img check -r all" on a copy.',
    );
  });
});

describe('convertedName', () => {
  it('keeps the stem, changes the extension, and never reuses a name', () => {
    expect(convertedName('disk0.qcow2', 'vmdk', new Set(['disk0.qcow2']))).toBe('disk0.vmdk');
    expect(convertedName('disk0.qcow2', 'raw', new Set())).toBe('disk0.img');
    expect(convertedName('disk0.qcow2', 'qcow2', new Set(['disk0.qcow2']))).toBe('disk0-2.qcow2');
    expect(convertedName('/data/big.vmdk', 'qcow2', new Set(['big.qcow2', 'big-2.qcow2']))).toBe('big-3.qcow2');
  });
});
