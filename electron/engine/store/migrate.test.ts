import { describe, expect, it } from 'vitest';
import { migrateVmJson } from './migrate.js';

describe('vm.json migration', () => {
  it('leaves a current file alone', () => {
    const v = { schemaVersion: 1, name: 'a' };
    expect(migrateVmJson(v)).toEqual({ value: v, migratedFrom: null });
  });
  it('upgrades a file without schemaVersion, keeping what the user set', () => {
    const { value, migratedFrom } = migrateVmJson({ name: 'a', memoryMiB: 512, balloon: false });
    expect(migratedFrom).toBe(0);
    expect(value).toMatchObject({ schemaVersion: 1, name: 'a', memoryMiB: 512, balloon: false, accel: 'auto', extraArgs: [] });
  });
  it('refuses a file from a newer VirtDesk, saying what to do', () => {
    expect(() => migrateVmJson({ schemaVersion: 99 })).toThrow(/newer VirtDesk.*update VirtDesk/);
  });
  it.each([[null], [[]], ['text'], [{ schemaVersion: 'one' }], [{ schemaVersion: -1 }]])('refuses %j', (raw) => {
    expect(() => migrateVmJson(raw)).toThrow(/vm.json/);
  });
});
