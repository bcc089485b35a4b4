// One-click ways out when KVM lets a VM down. Pure: which remedies fit a VM's state, and what each
// changes in its definition. The VM's setting then remembers the choice.
import { says, type Message } from '../../shared/i18n/index.js';
import type { Remedy, VmConfig, VmStatus } from '../../shared/model/index.js';

/**
 * QEMU's own words when KVM cannot run the chosen CPU model: the MSR abort of -cpu host on some nested
 * hosts, and the refusal of a model whose features (with "enforce") this host's KVM lacks.
 */
const KVM_ABORT =
  /failed to set MSR|kvm_(?:buf_set_msrs|arch_put_registers)|KVM_(?:SET|GET)_|kvm\.c:\d+.*Assertion|Host doesn't support requested features/i;

/** Remedies to offer for this VM now, in the order to show them. */
export function remediesFor(config: VmConfig, status: VmStatus): Remedy[] {
  if (config.accel === 'tcg') return [];
  if (status.state === 'crashed' && KVM_ABORT.test(status.log ?? '')) {
    return config.cpuModel ? ['use-safe-cpu', 'use-tcg'] : ['use-tcg'];
  }
  if (status.warning && status.accel === 'kvm') return ['use-tcg', 'keep-waiting'];
  return [];
}

/** What applying a remedy changes in the VM's definition (nothing for keep-waiting). */
export function remedyPatch(config: VmConfig, remedy: Remedy): Partial<VmConfig> {
  switch (remedy) {
    case 'use-tcg':
      // Emulation refuses -cpu host; "max" is its nearest equivalent.
      return { accel: 'tcg', cpuModel: config.cpuModel?.startsWith('host') ? 'max' : config.cpuModel };
    case 'use-safe-cpu':
      return { cpuModel: null }; // QEMU's default model, which KVM runs everywhere
    case 'keep-waiting':
      return {};
  }
}

/** A crash message that says what happened under KVM and what the remedies do. */
export function kvmCrashMessage(config: VmConfig): Message {
  return config.cpuModel ? says('host:crash.withModel', { model: config.cpuModel }) : says('host:crash.withoutModel');
}

/**
 * The same in English, for VmStatus.error while it is still a string (vms/summary.ts). Goes once the
 * status carries a Message: then summary.ts takes kvmCrashMessage() itself.
 */
export const explainKvmCrash = (config: VmConfig): string => kvmCrashMessage(config).text;
