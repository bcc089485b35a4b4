import type { VmSummary } from '../../shared/model/index.js';
import { qemuAlive } from './vm-state.js';

/**
 * What the guest has now as the balloon reports it, while QEMU runs with a balloon; null otherwise
 * (a stopped VM has no balloon to ask, and without one the guest simply has all of its memory).
 */
export function balloonNowMiB(vm: VmSummary): number | null {
  if (!qemuAlive(vm) || !vm.config?.balloon) return null;
  return vm.status.balloonMiB ?? null;
}

/** The balloon's target: what Current memory asks for, or all of the memory when it is empty. */
export function balloonTargetMiB(vm: VmSummary): number | null {
  const c = vm.config;
  return c ? (c.currentMemoryMiB ?? c.memoryMiB) : null;
}
