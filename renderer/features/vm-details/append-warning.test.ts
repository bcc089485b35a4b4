import { describe, expect, it } from 'vitest';
import { appendWarning } from './append-warning.js';

describe('the virtio console with a kernel command line that names the serial port', () => {
  it('warns only for a kernel-boot VM on the virtio console whose append says console=ttyS0', () => {
    expect(appendWarning({ consoleDevice: 'virtio', kernelOn: true, append: 'console=ttyS0 root=/dev/vda1' })).toBe(true);
    expect(appendWarning({ consoleDevice: 'virtio', kernelOn: true, append: 'console=ttyS0,115200' })).toBe(true);
    expect(appendWarning({ consoleDevice: 'virtio', kernelOn: true, append: 'console=hvc0' })).toBe(false);
    expect(appendWarning({ consoleDevice: 'virtio', kernelOn: true, append: 'console=ttyS0 console=hvc0' })).toBe(false);
    expect(appendWarning({ consoleDevice: 'virtio', kernelOn: false, append: 'console=ttyS0' })).toBe(false);
    expect(appendWarning({ consoleDevice: 'serial', kernelOn: true, append: 'console=ttyS0' })).toBe(false);
  });
});
