import { describe, expect, it } from 'vitest';
import { check as checkWith, createVmSchemaFor, fieldErrors, vmConfig } from './index.js';

const host = { memTotalMiB: 8192, cpuThreads: 4 };
const good = {
  name: 'debian 12',
  source: { kind: 'iso', isoPath: '/isos/debian.iso' },
  memoryMiB: 1024,
  cpus: 2,
  accel: 'auto',
  storage: { kind: 'new', sizeGiB: 20, format: 'qcow2' },
  network: { mode: 'user', forwards: [{ proto: 'tcp', hostPort: 2222, guestPort: 22 }] },
};
const check = (patch: Record<string, unknown>) => {
  const r = checkWith(createVmSchemaFor(host), { ...good, ...patch });
  return r.ok ? {} : fieldErrors(r.issues);
};

describe('New VM validation (shared by the wizard and the engine)', () => {
  it('accepts a sensible VM', () => expect(check({})).toEqual({}));

  it.each([
    ['', /Give the VM a name/],
    ['   ', /Give the VM a name/],
    ['../etc', /start with a letter or digit/],
    ['a/b', /no "\/"/],
    ['-rf', /start with a letter or digit/],
    ['x'.repeat(65), /at most 64/],
    ['tab\there', /Use letters/],
  ])('refuses the name %j', (name, msg) => expect(check({ name }).name).toMatch(msg));

  it('accepts names with commas, spaces and other scripts', () => {
    expect(check({ name: 'web, db (test)' })).toEqual({});
    expect(check({ name: 'Ubuntu 24.04 — 試験' }).name).toBeDefined(); // em dash is not allowed
    expect(check({ name: 'Ubuntu 24.04 試験' })).toEqual({});
  });

  it('bounds memory by the host', () => {
    expect(check({ memoryMiB: 0 }).memoryMiB).toMatch(/at least 32 MiB/);
    expect(check({ memoryMiB: 8193 }).memoryMiB).toMatch(/This host has 8192 MiB/);
    expect(check({ memoryMiB: 1.5 }).memoryMiB).toMatch(/whole number/);
    expect(check({ memoryMiB: '1024' }).memoryMiB).toMatch(/Give the memory as a number/);
  });

  it('bounds CPUs by the host threads', () => {
    expect(check({ cpus: 0 }).cpus).toMatch(/at least 1 CPU/);
    expect(check({ cpus: 5 }).cpus).toMatch(/4 CPU threads/);
  });

  const disk = (sizeGiB: number) => ({ storage: { kind: 'new', sizeGiB, format: 'qcow2' } });
  it('refuses a disk of 0 or an absurd size', () => {
    expect(check(disk(0))['storage.sizeGiB']).toMatch(/above 0/);
    expect(check(disk(-1))['storage.sizeGiB']).toMatch(/above 0/);
    expect(check(disk(1e9))['storage.sizeGiB']).toMatch(/surely a typo/);
  });

  it('wants an absolute ISO path', () => {
    expect(check({ source: { kind: 'iso', isoPath: '' } })['source.isoPath']).toMatch(/Choose a file/);
    expect(check({ source: { kind: 'iso', isoPath: 'debian.iso' } })['source.isoPath']).toMatch(/full path/);
  });

  it('checks port forwards and MACs where the wizard shows them', () => {
    const fwd = (hostPort: number) => ({
      network: {
        mode: 'user',
        forwards: [
          { proto: 'tcp', hostPort, guestPort: 22 },
          { proto: 'tcp', hostPort: 2222, guestPort: 80 },
        ],
      },
    });
    expect(check(fwd(80))['network.forwards.0.hostPort']).toMatch(/from 1024 up/);
    expect(check(fwd(2222))['network.forwards.1.hostPort']).toMatch(/forwarded twice/);
    expect(check({ network: { mode: 'user', mac: '52:54:00:AB:CD:EF' } })['network.mac']).toMatch(/lower case/);
    expect(check({ network: { mode: 'bridge' } })['network.bridge']).toMatch(/Name the host bridge/);
    expect(check({ network: { mode: 'private' } })['network.network']).toMatch(/choose the private network/);
    expect(check({ network: { mode: 'private', network: 'lab 1' } })['network.network']).toBeDefined();
    expect(check({ network: { mode: 'private', network: 'lab1' } })).toEqual({});
  });

  it('each install source has its own fields', () => {
    expect(check({ source: { kind: 'kernel', kernel: '/boot/vmlinuz', initrd: null, append: 'console=ttyS0' } })).toEqual({});
    expect(check({ source: { kind: 'import', path: '/img/a.vmdk', mode: 'convert' } })).toEqual({});
    expect(check({ source: { kind: 'pxe' }, network: { mode: 'none' } })['network.mode']).toMatch(/needs a network card/);
    expect(check({ source: { kind: 'import', path: '/img/a.vmdk', mode: 'sideways' } })['source.mode']).toBeDefined();
  });
});

describe('vm.json schema', () => {
  it('refuses the same MAC twice, a balloon target above the memory, and an empty boot order', () => {
    const r = vmConfig.safeParse({
      ...config,
      nics: [config.nics[0], config.nics[0]],
      currentMemoryMiB: 512,
      balloon: true,
      boot: { order: [], menu: false },
    });
    expect(r.success).toBe(false);
    const msgs = r.error!.issues.map((i: { message: string }) => i.message).join('\n');
    expect(msgs).toMatch(/used twice/);
    expect(msgs).toMatch(/cannot be more than the maximum/);
    expect(msgs).toMatch(/at least one kind of device/);
  });
  const config = {
    schemaVersion: 5,
    description: '',
    osId: null,
    currentMemoryMiB: null,
    firmware: 'bios',
    boot: { order: ['disk'], menu: false },
    kernel: null,
    cdroms: [],
    serialPorts: 1,
    consoleDevice: 'serial',
    display: 'none',
    id: '0b5e6a52-4f7c-4b8e-9c1d-2a3b4c5d6e7f',
    name: 'x',
    createdAt: '2026-11-21T00:00:00.000Z',
    machine: 'pc',
    accel: 'tcg',
    memoryMiB: 256,
    cpus: 1,
    cpuModel: null,
    disks: [{ file: 'disk0.qcow2', format: 'qcow2', bus: 'virtio', cache: 'default', readOnly: false }],
    nics: [{ model: 'e1000', mac: '52:54:00:00:00:01', network: { mode: 'user', forwards: [] } }],
    balloon: false,
    sharedFolders: [],
    guestAgent: false,
    lab: null,
    extraArgs: [],
  };
  it('accepts a valid definition', () => expect(vmConfig.safeParse(config).success).toBe(true));
  it('refuses a disk file that climbs out of the VM folder', () => {
    const bad = { ...config, disks: [{ ...config.disks[0], file: '../other/disk.qcow2' }] };
    expect(vmConfig.safeParse(bad).success).toBe(false);
  });
  it('refuses a MAC outside 52:54:00', () => {
    const bad = { ...config, nics: [{ ...config.nics[0], mac: '00:11:22:33:44:55' }] };
    expect(vmConfig.safeParse(bad).success).toBe(false);
  });
});
