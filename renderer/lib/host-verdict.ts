import type { HostInfo, Verdict } from '../../shared/model/index.js';

export type Mode = HostInfo['overall']['mode'];

/** The overall verdict's colour: the same traffic light in the Host page, status bar and empty state. */
export const MODE_COLOR: Record<Mode, 'green' | 'amber' | 'red'> = {
  kvm: 'green',
  tcg: 'amber',
  none: 'red',
};

/** Short enough for the status bar; the engine's overall.title carries the full sentence. */
export const MODE_SHORT: Record<Mode, string> = {
  kvm: 'KVM (hardware)',
  tcg: 'Emulation only (TCG)',
  none: 'Cannot run VMs',
};

/** Spoken and tooltip names of the check icons, which are otherwise colour only. */
export const VERDICT_LABEL: Record<Verdict, string> = {
  ok: 'OK',
  warn: 'Warning',
  error: 'Error',
  info: 'Information',
};

/** /dev/kvm works, but a guest under KVM did not (typical of broken nested virtualization). */
export function kvmFailedSelfTest(host: HostInfo): boolean {
  const result = host.kvm.selfTest?.result;
  return result === 'stalls' || result === 'fails' || result === 'no-output';
}

/** Why "auto" will not pick KVM here, in a few words for a select option. */
export function whyNoKvm(host: HostInfo): string {
  const { kvm } = host;
  if (kvmFailedSelfTest(host)) return 'KVM failed the self-test';
  if (kvm.device === 'missing') return 'no /dev/kvm';
  if (kvm.device === 'no-access') return 'no access to /dev/kvm';
  return 'KVM is not usable';
}

/** The "Automatic" accelerator choice, saying what it resolves to on this host. */
export function autoAccelLabel(host: HostInfo | null): string {
  if (!host) return 'Automatic (KVM when usable)';
  return host.kvm.usable ? 'Automatic — KVM' : `Automatic — emulation (${whyNoKvm(host)})`;
}

/** The accelerator select's choices; "Automatic" says what it resolves to on this host. */
export function accelChoices(host: HostInfo | null): { value: 'auto' | 'kvm' | 'tcg'; label: string }[] {
  return [
    { value: 'auto', label: autoAccelLabel(host) },
    { value: 'kvm', label: 'KVM (hardware)' },
    { value: 'tcg', label: 'Emulation (TCG, slower)' },
  ];
}
