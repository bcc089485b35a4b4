import { describe, expect, it } from 'vitest';
import { migrateVmJson } from './migrate.js';

const v2 = {
  schemaVersion: 2,
  id: 'x',
  name: 'a',
  createdAt: 't',
  machine: 'pc',
  accel: 'kvm',
  cpuModel: null,
  memoryMiB: 512,
  cpus: 1,
  disks: [{ file: 'disk0.qcow2', format: 'qcow2', bus: 'virtio' }],
  cdrom: '/isos/debian.iso',
  boot: 'cdrom',
  nics: [{ model: 'virtio-net-pci', mac: '52:54:00:00:00:01', network: { mode: 'user' } }],
  balloon: true,
  extraArgs: ['-no-reboot'],
};

describe('vm.json migration', () => {
  it('leaves a current file alone', () => {
    const v = { schemaVersion: 5, name: 'a' };
    expect(migrateVmJson(v)).toEqual({ value: v, migratedFrom: null });
  });

  it('upgrades a file without schemaVersion, keeping what the user set', () => {
    const { value, migratedFrom } = migrateVmJson({ name: 'a', memoryMiB: 512, balloon: false });
    expect(migratedFrom).toBe(0);
    expect(value).toMatchObject({ schemaVersion: 5, name: 'a', memoryMiB: 512, balloon: false, accel: 'auto', cpuModel: null });
  });

  it('version 1 -> 2 adds the CPU model setting (QEMU default)', () => {
    const { cpuModel: _none, ...v1 } = { ...v2, schemaVersion: 1 }; // version 1 had no such key
    const { value } = migrateVmJson(v1);
    expect(value.cpuModel).toBeNull();
  });

  it('version 2 -> 3 (then 4, 5): the CD becomes a drive list, the first boot device a boot order, nothing lost', () => {
    const { value, migratedFrom } = migrateVmJson(v2);
    expect(migratedFrom).toBe(2);
    expect(value).toEqual({
      ...v2,
      cdrom: undefined,
      schemaVersion: 5,
      consoleDevice: 'serial',
      sharedFolders: [],
      guestAgent: false,
      lab: null,
      description: '',
      osId: null,
      currentMemoryMiB: null,
      firmware: 'bios',
      kernel: null,
      serialPorts: 1,
      display: 'vnc',
      cdroms: [{ file: '/isos/debian.iso', bus: 'ide' }],
      boot: { order: ['cdrom', 'disk'], menu: false },
      disks: [{ file: 'disk0.qcow2', format: 'qcow2', bus: 'virtio', cache: 'default', readOnly: false }],
      nics: [{ model: 'virtio-net-pci', mac: '52:54:00:00:00:01', network: { mode: 'user', forwards: [] } }],
    });
    expect('cdrom' in value).toBe(false);
  });

  it('version 2 without a CD boots from disk first and gets no drive', () => {
    const { value } = migrateVmJson({ ...v2, cdrom: null, boot: 'disk' });
    expect(value).toMatchObject({ cdroms: [], boot: { order: ['disk', 'cdrom'] } });
  });

  it('version 3 -> 4 keeps the console on the serial port', () => {
    const { value, migratedFrom } = migrateVmJson({ schemaVersion: 3, name: 'a', serialPorts: 2 });
    expect(migratedFrom).toBe(3);
    expect(value).toMatchObject({ name: 'a', serialPorts: 2, consoleDevice: 'serial' });
  });

  it('version 4 -> 5 adds no hardware: no agent channel, no shared folder, no lab', () => {
    const { value, migratedFrom } = migrateVmJson({ schemaVersion: 4, name: 'a', consoleDevice: 'virtio' });
    expect(migratedFrom).toBe(4);
    expect(value).toEqual({ schemaVersion: 5, name: 'a', consoleDevice: 'virtio', sharedFolders: [], guestAgent: false, lab: null });
  });

  it('refuses a file from a newer VirtDesk, saying what to do', () => {
    expect(() => migrateVmJson({ schemaVersion: 99 })).toThrow(/newer VirtDesk.*update VirtDesk/);
  });

  it.each([[null], [[]], ['text'], [{ schemaVersion: 'one' }], [{ schemaVersion: -1 }]])('refuses %j', (raw) => {
    expect(() => migrateVmJson(raw)).toThrow(/vm.json/);
  });
});
