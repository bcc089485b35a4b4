import { describe, expect, it } from 'vitest';
import { monitorDrivesFrom } from './monitor-drives.js';

describe('monitorDrivesFrom', () => {
  it('names the CD-ROM drives as the monitor takes them, on q35 (cd0) and pc (ide1-cd0)', () => {
    // query-block as QEMU 7.2 answers it (fields trimmed) for a q35 VM with a disk, an ISO and an empty drive.
    const q35 = [
      {
        device: 'disk0',
        qdev: '/machine/peripheral/virtio-disk0/virtio-backend',
        removable: false,
        inserted: { file: '/vms/a/disk0.qcow2' },
      },
      { device: 'cd0', qdev: 'cdrom0', removable: true, inserted: { file: '/iso/debian.iso' } },
      { device: 'cd1', qdev: 'cdrom1', removable: true },
      { device: '', qdev: '/machine/unattached/device[5]' },
      { device: 'pflash0', removable: false, inserted: { file: '/usr/share/OVMF/OVMF_CODE.fd' } },
    ];
    expect(monitorDrivesFrom(q35)).toEqual([
      { device: 'disk0', kind: 'disk', file: '/vms/a/disk0.qcow2' },
      { device: 'cd0', kind: 'cdrom', file: '/iso/debian.iso' },
      { device: 'cd1', kind: 'cdrom', file: null },
      { device: 'pflash0', kind: 'other', file: '/usr/share/OVMF/OVMF_CODE.fd' },
    ]);
    expect(monitorDrivesFrom([{ device: 'ide1-cd0', qdev: '/machine/peripheral/cdrom0', removable: true }])).toEqual([
      { device: 'ide1-cd0', kind: 'cdrom', file: null },
    ]);
  });
});
