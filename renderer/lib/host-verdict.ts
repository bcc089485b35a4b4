import { translate, type MessageKey } from '../../shared/i18n/index.js';
import type { HostInfo, Verdict } from '../../shared/model/index.js';
import { i18n } from '../i18n/i18n.js';

export type Mode = HostInfo['overall']['mode'];

/**
 * A table of catalog keys read as texts: each entry is looked up when it is read, so a label taken
 * at render time is in the window's current language (components re-render on a change of language).
 */
export function liveTexts<K extends string>(keys: Record<K, MessageKey>): Readonly<Record<K, string>> {
  const texts = {} as Record<K, string>;
  for (const [name, key] of Object.entries(keys) as [K, MessageKey][]) {
    Object.defineProperty(texts, name, { get: () => translate(i18n, key), enumerable: true });
  }
  return texts;
}

/** The overall verdict's colour: the same traffic light in the Host page, status bar and empty state. */
export const MODE_COLOR: Record<Mode, 'green' | 'amber' | 'red'> = {
  kvm: 'green',
  tcg: 'amber',
  none: 'red',
};

/** Short enough for the status bar; the engine's overall.title carries the full sentence. */
export const MODE_SHORT = liveTexts<Mode>({ kvm: 'host:mode.kvm', tcg: 'host:mode.tcg', none: 'host:mode.none' });

/** Spoken and tooltip names of the check icons, which are otherwise colour only. */
export const VERDICT_LABEL = liveTexts<Verdict>({
  ok: 'host:verdict.ok',
  warn: 'host:verdict.warn',
  error: 'host:verdict.error',
  info: 'host:verdict.info',
});

/** /dev/kvm works, but a guest under KVM did not (typical of broken nested virtualization). */
export function kvmFailedSelfTest(host: HostInfo): boolean {
  const result = host.kvm.selfTest?.result;
  return result === 'stalls' || result === 'fails' || result === 'no-output';
}

/** Why "auto" will not pick KVM here, in a few words for a select option. */
export function whyNoKvm(host: HostInfo): string {
  const { kvm } = host;
  if (kvmFailedSelfTest(host)) return i18n.t('host:accel.why.selfTest');
  if (kvm.device === 'missing') return i18n.t('host:accel.why.noDevice');
  if (kvm.device === 'no-access') return i18n.t('host:accel.why.noAccess');
  return i18n.t('host:accel.why.unusable');
}

/** The "Automatic" accelerator choice, saying what it resolves to on this host. */
export function autoAccelLabel(host: HostInfo | null): string {
  if (!host) return i18n.t('host:accel.auto');
  return host.kvm.usable ? i18n.t('host:accel.autoKvm') : i18n.t('host:accel.autoTcg', { why: whyNoKvm(host) });
}

/** The accelerator select's choices; "Automatic" says what it resolves to on this host. */
export function accelChoices(host: HostInfo | null): { value: 'auto' | 'kvm' | 'tcg'; label: string }[] {
  return [
    { value: 'auto', label: autoAccelLabel(host) },
    { value: 'kvm', label: i18n.t('host:accel.kvm') },
    { value: 'tcg', label: i18n.t('host:accel.tcg') },
  ];
}
