import { describe, expect, it } from 'vitest';
import { migrateVmJson } from './migrate.js';

describe('vm.json migration', () => {
  it('leaves a current file alone', () => {
    const v = { schemaVersion: 2, name: 'a' };
    expect(migrateVmJson(v)).toEqual({ value: v, migratedFrom: null });
  });
  it('upgrades a file without schemaVersion, keeping what the user set', () => {
    const { value, migratedFrom } = migrateVmJson({ name: 'a', memoryMiB: 512, balloon: false });
    expect(migratedFrom).toBe(0);
    expect(value).toMatchObject({ schemaVersion: 2, name: 'a', memoryMiB: 512, balloon: false, accel: 'auto', extraArgs: [], cpuModel: null });
  });
  it('upgrades version 1 to 2 by adding the CPU model setting (QEMU default), nothing else', () => {
    const v1 = { schemaVersion: 1, name: 'a', accel: 'kvm', memoryMiB: 512 };
    expect(migrateVmJson(v1)).toEqual({ value: { ...v1, schemaVersion: 2, cpuModel: null }, migratedFrom: 1 });
  });
  it('refuses a file from a newer VirtDesk, saying what to do', () => {
    expect(() => migrateVmJson({ schemaVersion: 99 })).toThrow(/newer VirtDesk.*update VirtDesk/);
  });
  it.each([[null], [[]], ['text'], [{ schemaVersion: 'one' }], [{ schemaVersion: -1 }]])('refuses %j', (raw) => {
    expect(() => migrateVmJson(raw)).toThrow(/vm.json/);
  });
});
