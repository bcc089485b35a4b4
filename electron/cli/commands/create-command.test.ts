// `virtdesk create`: the flags as the wizard's input, over a JSON file's.
import { describe, expect, it } from 'vitest';
import { createInput } from './create-command.js';

describe('createInput', () => {
  it('makes the input from flags, with paths absolute from the working folder and the defaults filled in', () => {
    expect(createInput({ name: 'web', iso: 'isos/debian.iso', memory: '2048', 'disk-size': '8' }, null, '/home/me')).toEqual({
      name: 'web',
      memoryMiB: 2048,
      cpus: 1,
      accel: 'auto',
      network: { mode: 'user' },
      source: { kind: 'iso', isoPath: '/home/me/isos/debian.iso' },
      storage: { kind: 'new', sizeGiB: 8, format: 'qcow2' },
    });
  });

  it('boots a kernel, and gives an imported image no second disk', () => {
    expect(createInput({ name: 'k', kernel: '/k', initrd: '/i', append: 'console=ttyS0', 'no-disk': true }, null).source).toEqual({
      kind: 'kernel',
      kernel: '/k',
      initrd: '/i',
      append: 'console=ttyS0',
    });
    expect(createInput({ name: 'i', import: '/img.qcow2' }, null).storage).toEqual({ kind: 'none' });
    expect(createInput({ name: 'n' }, null).storage).toEqual({ kind: 'new', sizeGiB: 20, format: 'qcow2' });
  });

  it('lets flags override the file, and keeps what the file says otherwise', () => {
    const file = { name: 'from-file', memoryMiB: 512, storage: { kind: 'none' }, source: { kind: 'pxe' } };
    expect(createInput({ name: 'renamed' }, file)).toMatchObject({
      name: 'renamed',
      memoryMiB: 512,
      storage: { kind: 'none' },
      source: { kind: 'pxe' },
    });
  });

  it('refuses two sources at once, and a size that is not a number', () => {
    expect(() => createInput({ iso: '/a.iso', kernel: '/k' }, null)).toThrow('Give one of --iso, --kernel and --import, not several.');
    expect(() => createInput({ 'disk-size': 'big' }, null)).toThrow('--disk-size must be a whole number, not "big".');
  });
});
