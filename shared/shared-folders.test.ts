import { describe, expect, it } from 'vitest';
import { guestMountCommand, shareTransport } from './shared-folders.js';

describe('which transport a shared folder uses', () => {
  it('is virtiofs for a read-write folder where virtiofsd can run', () => {
    expect(shareTransport({ readOnly: false }, true)).toEqual({ transport: 'virtiofs', why: 'virtiofs' });
  });
  it('is 9p where virtiofsd cannot run (missing, or not root)', () => {
    expect(shareTransport({ readOnly: false }, false)).toEqual({ transport: '9p', why: 'noVirtiofsd' });
  });
  it('is 9p for a read-only folder, which this virtiofsd cannot serve', () => {
    expect(shareTransport({ readOnly: true }, true)).toEqual({ transport: '9p', why: 'readOnly' });
    expect(shareTransport({ readOnly: true }, false)).toEqual({ transport: '9p', why: 'readOnly' });
  });
});

describe('the mount command shown for the guest', () => {
  it('mounts virtiofs by its tag', () => {
    expect(guestMountCommand('shared', 'virtiofs', false)).toBe('mkdir -p /mnt/shared && mount -t virtiofs shared /mnt/shared');
  });
  it('mounts 9p over virtio with the 9p2000.L dialect, read-only when shared so', () => {
    expect(guestMountCommand('course', '9p', true)).toBe(
      'mkdir -p /mnt/course && mount -t 9p -o trans=virtio,version=9p2000.L,ro course /mnt/course',
    );
  });
});
