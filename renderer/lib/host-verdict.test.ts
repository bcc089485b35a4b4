import { afterEach, describe, expect, it } from 'vitest';
import type { HostInfo, KvmSelfTestResult } from '../../shared/model/index.js';
import { i18n } from '../i18n/i18n.js';
import { accelChoices, autoAccelLabel, kvmFailedSelfTest, MODE_SHORT, VERDICT_LABEL } from './host-verdict.js';
import { REMEDY_HINT, REMEDY_LABEL } from './remedies.js';

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

describe('in French', () => {
  afterEach(() => void i18n.changeLanguage('en'));

  it('the accelerator choices speak of KVM and emulation as a French course does', async () => {
    await i18n.changeLanguage('fr');
    expect(autoAccelLabel(host(false, 'ok', 'stalls'))).toBe('Automatique — émulation (KVM a échoué à l’autotest)');
    expect(accelChoices(null).map((c) => c.label)).toEqual([
      'Automatique (KVM s’il est utilisable)',
      'KVM (matériel)',
      'Émulation (TCG, plus lent)',
    ]);
  });

  it('tables of labels follow the language at the moment they are read', async () => {
    expect(REMEDY_LABEL['use-tcg']).toBe('Restart with emulation');
    expect(MODE_SHORT.tcg).toBe('Emulation only (TCG)');
    await i18n.changeLanguage('fr');
    expect(REMEDY_LABEL['use-tcg']).toBe('Redémarrer en émulation');
    expect(REMEDY_HINT['keep-waiting']).toMatch(/^Ignorer cet avertissement/);
    expect(MODE_SHORT.tcg).toBe('Émulation seule (TCG)');
    expect(VERDICT_LABEL.warn).toBe('Avertissement');
    expect(Object.keys(REMEDY_LABEL)).toEqual(['use-tcg', 'use-safe-cpu', 'keep-waiting']);
  });
});
