import { describe, expect, it } from 'vitest';
import type { HostInfo, KvmSelfTestResult } from '../../shared/model/index.js';
import { autoAccelLabel, kvmFailedSelfTest } from './host-verdict.js';

function host(usable: boolean, device: HostInfo['kvm']['device'], result: KvmSelfTestResult | null): HostInfo {
  const selfTest = result
    ? { result, detail: '', linesExpected: 5, linesSeen: 1, ms: 5000, at: '', bootId: '', qemuVersion: '', cached: true }
    : null;
  return { kvm: { usable, device, selfTest } } as unknown as HostInfo;
}

describe('what "Automatic" means on this host', () => {
  it('names the self-test when /dev/kvm works but guests would hang', () => {
    expect(autoAccelLabel(host(false, 'ok', 'stalls'))).toBe('Automatic — emulation (KVM failed the self-test)');
    expect(kvmFailedSelfTest(host(false, 'ok', 'no-output'))).toBe(true);
  });

  it('names /dev/kvm when there is no KVM to test', () => {
    expect(autoAccelLabel(host(false, 'missing', 'not-run'))).toBe('Automatic — emulation (no /dev/kvm)');
    expect(autoAccelLabel(host(false, 'no-access', null))).toBe('Automatic — emulation (no access to /dev/kvm)');
  });

  it('says KVM when the self-test passed, and stays general before the host is known', () => {
    expect(autoAccelLabel(host(true, 'ok', 'usable'))).toBe('Automatic — KVM');
    expect(autoAccelLabel(null)).toBe('Automatic (KVM when usable)');
  });
});
