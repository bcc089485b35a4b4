import { describe, expect, it } from 'vitest';
import { createVmSchema, fieldErrors, vmConfig } from './validate.js';

const host = { memTotalMiB: 8192, cpuThreads: 4 };
const good = { name: 'debian 12', isoPath: '/isos/debian.iso', memoryMiB: 1024, cpus: 2, diskGiB: 20, accel: 'auto' };
const check = (patch: Record<string, unknown>) => {
  const r = createVmSchema(host).safeParse({ ...good, ...patch });
  return r.success ? {} : fieldErrors(r.error);
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
    expect(check({ memoryMiB: '1024' }).memoryMiB).toMatch(/must be a number/);
  });

  it('bounds CPUs by the host threads', () => {
    expect(check({ cpus: 0 }).cpus).toMatch(/at least 1 CPU/);
    expect(check({ cpus: 5 }).cpus).toMatch(/4 CPU threads/);
  });

  it('refuses a disk of 0 or an absurd size', () => {
    expect(check({ diskGiB: 0 }).diskGiB).toMatch(/above 0/);
    expect(check({ diskGiB: -1 }).diskGiB).toMatch(/above 0/);
    expect(check({ diskGiB: 1e9 }).diskGiB).toMatch(/surely a typo/);
  });

  it('wants an absolute ISO path', () => {
    expect(check({ isoPath: '' }).isoPath).toMatch(/Choose a file/);
    expect(check({ isoPath: 'debian.iso' }).isoPath).toMatch(/full path/);
  });
});

describe('vm.json schema', () => {
  const config = {
    schemaVersion: 2,
    id: '0b5e6a52-4f7c-4b8e-9c1d-2a3b4c5d6e7f',
    name: 'x',
    createdAt: '2026-11-21T00:00:00.000Z',
    machine: 'pc',
    accel: 'tcg',
    memoryMiB: 256,
    cpus: 1,
    cpuModel: null,
    disks: [{ file: 'disk0.qcow2', format: 'qcow2', bus: 'virtio' }],
    cdrom: null,
    boot: 'disk',
    nics: [{ model: 'e1000', mac: '52:54:00:00:00:01', network: { mode: 'user' } }],
    balloon: false,
    extraArgs: [],
  };
  it('accepts a valid definition', () => expect(vmConfig.safeParse(config).success).toBe(true));
  it('refuses a disk file that climbs out of the VM folder', () => {
    const bad = { ...config, disks: [{ file: '../other/disk.qcow2', format: 'qcow2', bus: 'virtio' }] };
    expect(vmConfig.safeParse(bad).success).toBe(false);
  });
  it('refuses a MAC outside 52:54:00', () => {
    const bad = { ...config, nics: [{ model: 'e1000', mac: '00:11:22:33:44:55', network: { mode: 'user' } }] };
    expect(vmConfig.safeParse(bad).success).toBe(false);
  });
});
