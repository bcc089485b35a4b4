import { describe, expect, it } from 'vitest';
import type { HostInfo } from '../../../shared/model/index.js';
import { check, initialValues, type FormValues } from './create-form.js';

const host: HostInfo = {
  arch: 'x86_64',
  cpuThreads: 4,
  memTotalMiB: 8192,
  memAvailableMiB: 6000,
  cpu: { vendor: 'GenuineIntel', model: 'Intel Core', virtFlag: 'vmx' },
  kvm: { usable: true, detail: 'ok', device: 'ok', apiVersion: 12, modules: ['kvm', 'kvm_intel'], nested: false, isGuest: false, selfTest: null },
  qemu: { system: '/usr/bin/qemu-system-x86_64', img: '/usr/bin/qemu-img', version: '8.2.2', imgVersion: '8.2.2', accelerators: ['tcg', 'kvm'] },
  disk: { path: '/tmp/x', freeBytes: 10 ** 11, totalBytes: 10 ** 12 },
  checks: [],
  overall: { mode: 'kvm', title: 'KVM: hardware virtualization', detail: '' },
  dataDir: '/tmp/x',
};

const good: FormValues = {
  name: '  web 1 ',
  isoPath: ' /isos/debian.iso ',
  memoryMiB: '1024',
  cpus: '2',
  diskGiB: '20',
  accel: 'tcg',
};

describe('New VM form check', () => {
  it('passes trimmed, numeric input on to create()', () => {
    const r = check(good, host);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.input).toEqual({
        name: 'web 1',
        isoPath: '/isos/debian.iso',
        memoryMiB: 1024,
        cpus: 2,
        diskGiB: 20,
        accel: 'tcg',
      });
    }
  });

  it('explains each bad field with the shared validator', () => {
    const r = check({ ...good, name: '', memoryMiB: '0', cpus: '9', diskGiB: 'abc', isoPath: 'x.iso' }, host);
    expect(r.ok).toBe(false);
    expect(r.errors.name).toMatch(/name/i);
    expect(r.errors.memoryMiB).toMatch(/at least 32 MiB/);
    expect(r.errors.cpus).toMatch(/4 CPU threads/);
    expect(r.errors.diskGiB).toMatch(/number/);
    expect(r.errors.isoPath).toMatch(/full path/);
  });

  it('treats an empty number field as missing, not as 0', () => {
    expect(check({ ...good, memoryMiB: ' ' }, host).errors.memoryMiB).toMatch(/number/);
  });

  it('still validates before host() has answered', () => {
    expect(check(good, null).ok).toBe(true);
  });

  it('suggests less memory on a small host', () => {
    expect(initialValues({ ...host, memTotalMiB: 1500 }).memoryMiB).toBe('512');
    expect(initialValues(host).memoryMiB).toBe('1024');
    expect(initialValues(null).memoryMiB).toBe('1024');
  });
});
