import { describe, expect, it } from 'vitest';
import { createI18n, tr } from '../../../../shared/i18n/index.js';
import { classifySelfTest } from './classify.js';
import type { BootSectorRun } from './run-boot-sector.js';

const run = (p: Partial<BootSectorRun>): BootSectorRun => ({
  accel: 'kvm',
  lines: 5,
  exitStatus: 1,
  timedOut: false,
  ms: 300,
  stderr: '',
  ...p,
});
const tcgOk = run({ accel: 'tcg', ms: 640 });

describe('KVM self-test verdicts', () => {
  it('usable when every line arrived and the guest exited cleanly', () => {
    expect(classifySelfTest(run({}), null).result).toBe('usable');
  });
  it('stalls when KVM printed the first line and then nothing until the deadline (nested KVM here)', () => {
    const v = classifySelfTest(run({ lines: 1, exitStatus: null, timedOut: true, ms: 5000 }), tcgOk);
    expect(v.result).toBe('stalls');
    expect(v.detail.text).toMatch(/printed 1 of 5 lines.*Emulation ran the same guest to the end in 640 ms.*nested/s);
  });
  it('fails when QEMU exits under KVM, quoting its last stderr line', () => {
    const v = classifySelfTest(run({ lines: 0, exitStatus: 134, stderr: 'warning: x\nkvm: failed to set MSR 0x10a to 0x69' }), tcgOk);
    expect(v).toMatchObject({ result: 'fails', detail: { text: expect.stringMatching(/exit status 134\): kvm: failed to set MSR/) } });
  });
  it('no-output when nothing arrived under KVM', () => {
    expect(classifySelfTest(run({ lines: 0, exitStatus: null, timedOut: true }), tcgOk).result).toBe('no-output');
  });
  it('inconclusive when the control run under emulation fails too', () => {
    const v = classifySelfTest(
      run({ lines: 0, timedOut: true, exitStatus: null }),
      run({ accel: 'tcg', lines: 2, timedOut: true, exitStatus: null }),
    );
    expect(v.result).toBe('inconclusive');
  });
  it('says the same in French, QEMU’s own words quoted as they are', () => {
    const fr = createI18n('fr');
    const v = classifySelfTest(run({ lines: 1, exitStatus: null, timedOut: true, ms: 5000 }), tcgOk);
    expect(tr(fr, v.detail)).toBe(
      'Sous KVM, l’invité de test a affiché 1\u00a0ligne sur 5, puis s’est bloqué pendant 5\u202f000\u00a0ms. ' +
        'L’émulation a exécuté le même invité jusqu’au bout en 640\u00a0ms. ' +
        'Des invités comme Linux se bloqueraient au démarrage. C’est typique d’une virtualisation imbriquée défaillante.',
    );
    const failed = classifySelfTest(run({ lines: 0, exitStatus: 134, stderr: 'kvm: failed to set MSR 0x10a' }), null);
    expect(tr(fr, failed.detail)).toBe('QEMU s’est arrêté sous KVM (code de sortie 134)\u00a0: kvm: failed to set MSR 0x10a.');
  });
});
