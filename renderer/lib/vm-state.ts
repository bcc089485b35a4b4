import type { VmState, VmSummary } from '../../shared/model/index.js';
import { allowed, QEMU_ALIVE, type VmAction } from '../../shared/vm-actions.js';

export type BadgeColor = 'green' | 'gray' | 'blue' | 'amber' | 'orange' | 'red' | 'crimson';

export const STATE_LABEL: Record<VmState, string> = {
  stopped: 'stopped',
  starting: 'starting',
  running: 'running',
  paused: 'paused',
  'shutting-down': 'shutting down',
  crashed: 'crashed',
  saved: 'saved',
  broken: 'broken',
};

export const STATE_COLOR: Record<VmState, BadgeColor> = {
  stopped: 'gray',
  starting: 'blue',
  running: 'green',
  paused: 'amber',
  'shutting-down': 'orange',
  crashed: 'red',
  saved: 'blue',
  broken: 'crimson',
};

// Which action is allowed in which state comes from shared/vm-actions.ts, the table the engine checks
// with too: these are the buttons' names for it.
const may =
  (action: VmAction) =>
  (vm: VmSummary | null): boolean =>
    allowed(action, vm?.status);

export const canStart = may('start');

/** The same start() call restores a saved guest, so the button says what will happen. */
export function startLabel(vm: VmSummary | null): 'Start' | 'Restore' {
  return vm?.status.state === 'saved' ? 'Restore' : 'Start';
}

export const canStartDisposable = may('startDisposable');
export const canReboot = may('reboot');
export const canSaveState = may('saveState');
export const canDiscardSavedState = may('discardSavedState');
export const canClone = may('clone');
export const canShutdown = may('shutdown');
export const canForceOff = may('forceOff');
export const canPause = may('pause');
export const canResume = may('resume');
export const canReset = may('reset');
export const canDelete = may('delete');
export const canOpenConsole = may('openConsole');
/** QEMU is up and its serial chardev exists. */
export const consoleLive = may('attachConsole');

/** A QEMU process exists for this VM (whatever the guest is doing). */
export function qemuAlive(vm: VmSummary | null): boolean {
  return !!vm && QEMU_ALIVE.includes(vm.status.state);
}
