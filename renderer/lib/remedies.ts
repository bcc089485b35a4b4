import type { Remedy } from '../../shared/model/index.js';

/** Button text per remedy; the engine decides which remedies apply and in which order. */
export const REMEDY_LABEL: Record<Remedy, string> = {
  'use-tcg': 'Restart with emulation',
  'use-safe-cpu': 'Use a safe CPU model',
  'keep-waiting': 'Keep waiting',
};

/** What pressing it does, for the tooltip: these buttons change the VM's settings for good. */
export const REMEDY_HINT: Record<Remedy, string> = {
  'use-tcg': 'Switch this VM to emulation (TCG) from now on and start it again: slower, but it runs on this host.',
  'use-safe-cpu': 'Reset the CPU model to QEMU’s default (qemu64), which KVM runs everywhere, and start it again.',
  'keep-waiting': 'Dismiss this warning; VirtDesk warns again if the guest still shows no sign of life.',
};
