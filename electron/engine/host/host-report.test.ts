import { describe, expect, it } from 'vitest';
import type { KvmSelfTest } from '../../../shared/model/index.js';
import { buildHostReport, type HostFacts } from './host-report.js';
import { formatHostReport, hostExitStatus } from './host-text.js';

const selfTest = (result: KvmSelfTest['result']): KvmSelfTest => ({
  result,
  detail: `detail of ${result}`,
  linesExpected: 5,
  linesSeen: result === 'usable' ? 5 : 1,
  ms: 300,
  at: '2026-11-21T00:00:00.000Z',
  bootId: 'b',
  qemuVersion: '7.2.22',
  cached: false,
});

const healthy: HostFacts = {
  arch: 'x86_64',
  cpuThreads: 8,
  memTotalMiB: 16000,
  memAvailableMiB: 12000,
  cpu: { vendor: 'GenuineIntel', model: 'Intel Core', virtFlag: 'vmx', isGuest: false },
  kvm: { device: 'ok', deviceGroup: 'kvm', apiVersion: 12, modules: ['kvm', 'kvm_intel'], nested: true },
  qemu: {
    system: '/usr/bin/qemu-system-x86_64',
    img: '/usr/bin/qemu-img',
    version: '7.2.22',
    imgVersion: '7.2.22',
    accelerators: ['tcg', 'kvm'],
  },
  selfTest: selfTest('usable'),
  disk: { path: '/home/ann/.local/share/virtdesk', freeBytes: 100 * 1024 ** 3, totalBytes: 500 * 1024 ** 3 },
  dataDir: '/home/ann/.local/share/virtdesk',
};
const check = (f: HostFacts, id: string) => buildHostReport(f).checks.find((c) => c.id === id)!;

describe('host report', () => {
  it('a healthy KVM host is all green and says KVM', () => {
    const r = buildHostReport(healthy);
    expect(r.overall).toMatchObject({ mode: 'kvm', title: 'KVM: hardware virtualization' });
    expect(r.kvm.usable).toBe(true);
    expect(r.checks.filter((c) => c.verdict === 'error' || c.verdict === 'warn')).toEqual([]);
    expect(hostExitStatus(r)).toBe(0);
  });

  it('no vmx/svm on bare metal: enable it in the firmware', () => {
    const c = check({ ...healthy, cpu: { ...healthy.cpu, virtFlag: null } }, 'cpu-virt');
    expect(c).toMatchObject({ verdict: 'error', fix: expect.stringMatching(/Enable VT-x.*AMD-V.*firmware/) });
  });

  it('no access to /dev/kvm: names the group and the command that fixes it', () => {
    const f = { ...healthy, kvm: { ...healthy.kvm, device: 'no-access' as const, apiVersion: null }, selfTest: null };
    expect(check(f, 'kvm-device')).toMatchObject({ verdict: 'error', command: 'sudo usermod -aG kvm $USER' });
    expect(buildHostReport(f).overall.mode).toBe('tcg');
    expect(buildHostReport(f).kvm.detail).toMatch(/not in the kvm group/);
  });

  it('modules not loaded: the modprobe for this CPU vendor', () => {
    const f = { ...healthy, cpu: { ...healthy.cpu, vendor: 'AuthenticAMD' }, kvm: { ...healthy.kvm, modules: [] } };
    expect(check(f, 'kvm-modules')).toMatchObject({ verdict: 'error', command: 'sudo modprobe kvm_amd' });
  });

  it('a KVM that stalls the self-test: red, emulation only, and says why', () => {
    const f = { ...healthy, cpu: { ...healthy.cpu, virtFlag: null, isGuest: true }, selfTest: selfTest('stalls') };
    const r = buildHostReport(f);
    expect(check(f, 'kvm-selftest')).toMatchObject({ verdict: 'error', value: 'stalls: 1/5 lines' });
    expect(check(f, 'cpu-virt').verdict).toBe('warn'); // a VM: flags are hidden, not absent
    expect(r.overall).toMatchObject({ mode: 'tcg', title: 'Emulation only (TCG): works, 10-50x slower' });
    expect(r.kvm.usable).toBe(false);
    expect(hostExitStatus(r)).toBe(1);
  });

  it('no QEMU: cannot run VMs, install qemu-system-x86', () => {
    const f = { ...healthy, qemu: { ...healthy.qemu, system: null, version: null, accelerators: [] }, selfTest: null };
    const r = buildHostReport(f);
    expect(r.overall).toMatchObject({ mode: 'none', title: 'Cannot run VMs: install qemu-system-x86' });
    expect(check(f, 'qemu-system')).toMatchObject({ verdict: 'error', command: 'sudo apt-get install qemu-system-x86' });
    expect(hostExitStatus(r)).toBe(2);
  });

  it('little disk space is amber, almost none is red', () => {
    expect(check({ ...healthy, disk: { ...healthy.disk, freeBytes: 5 * 1024 ** 3 } }, 'disk').verdict).toBe('warn');
    expect(check({ ...healthy, disk: { ...healthy.disk, freeBytes: 0.5 * 1024 ** 3 } }, 'disk').verdict).toBe('error');
  });

  it('prints as text with a mark, the value and the fix of each check', () => {
    const text = formatHostReport(buildHostReport({ ...healthy, selfTest: selfTest('stalls') }));
    expect(text.split('\n')[0]).toBe('VirtDesk host check: Emulation only (TCG): works, 10-50x slower');
    expect(text).toMatch(/\[FAIL\] KVM self-test.*stalls: 1\/5 lines\n\s+-> detail of stalls/);
    expect(text).toMatch(/\[ ok \] \/dev\/kvm\s+present, readable and writable by you/);
  });
});
