import { describe, expect, it } from 'vitest';
import { createI18n, says, tr } from '../../shared/i18n/index.js';
import type { VmConfig, VmStatus } from '../../shared/model/index.js';
import { kvmCrashMessage, remediesFor, remedyPatch } from './remedies.js';

const config = { accel: 'auto', cpuModel: 'host' } as VmConfig;
const crashed = (log: string): VmStatus => ({ state: 'crashed', since: 0, log });
const MSR_ABORT =
  "qemu-system-x86_64: error: failed to set MSR 0x10a to 0x69\nqemu-system-x86_64: ../target/i386/kvm/kvm.c:3196: kvm_buf_set_msrs: Assertion `ret == cpu->kvm_msr_buf->nmsrs' failed.";

describe('KVM remedies', () => {
  it('offer a safe CPU model, then emulation, when QEMU aborts under KVM with a chosen CPU model', () => {
    expect(remediesFor(config, crashed(MSR_ABORT))).toEqual(['use-safe-cpu', 'use-tcg']);
  });
  it("recognise a CPU model whose features this host's KVM lacks", () => {
    const log =
      "qemu-system-x86_64: warning: host doesn't support requested feature: CPUID.01H:ECX.pni [bit 0]\nqemu-system-x86_64: Host doesn't support requested features";
    expect(remediesFor({ ...config, cpuModel: 'qemu64,enforce' }, crashed(log))).toEqual(['use-safe-cpu', 'use-tcg']);
  });
  it('offer only emulation when the default CPU model aborted', () => {
    expect(remediesFor({ ...config, cpuModel: null }, crashed(MSR_ABORT))).toEqual(['use-tcg']);
  });
  it("offer nothing for a crash that is not KVM's, or for a VM already on emulation", () => {
    expect(remediesFor(config, crashed('Could not open disk0.qcow2'))).toEqual([]);
    expect(remediesFor({ ...config, accel: 'tcg' }, crashed(MSR_ABORT))).toEqual([]);
  });
  it('offer emulation or waiting for a KVM guest with no sign of life', () => {
    expect(
      remediesFor(config, { state: 'running', since: 0, accel: 'kvm', warning: says('host:fact', { value: 'no sign of life' }) }),
    ).toEqual(['use-tcg', 'keep-waiting']);
  });
  it('switching to emulation replaces -cpu host, which TCG refuses, by max', () => {
    expect(remedyPatch(config, 'use-tcg')).toEqual({ accel: 'tcg', cpuModel: 'max' });
    expect(remedyPatch({ ...config, cpuModel: 'Skylake-Client' }, 'use-tcg')).toEqual({ accel: 'tcg', cpuModel: 'Skylake-Client' });
    expect(remedyPatch(config, 'use-safe-cpu')).toEqual({ cpuModel: null });
  });
  it('explain a KVM crash and its way out, in English and in French', () => {
    const m = kvmCrashMessage(config);
    expect(m.text).toBe(
      'KVM could not run this VM with CPU model "host": QEMU stopped at start. Use a safe CPU model (QEMU\'s default) or run it with emulation (slower).',
    );
    expect(tr(createI18n('fr'), m)).toMatch(/^KVM n’a pas pu exécuter cette VM avec le modèle de processeur «\u00a0host\u00a0»/);
    expect(tr(createI18n('fr'), kvmCrashMessage({ ...config, cpuModel: null }))).toContain('Exécutez-la en émulation');
  });
});
