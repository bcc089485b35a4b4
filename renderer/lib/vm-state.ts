import type { VmState, VmSummary } from '../../shared/model/index.js';
import { allowed, QEMU_ALIVE, type VmAction } from '../../shared/vm-actions.js';
import { i18n } from '../i18n/i18n.js';

export type BadgeColor = 'green' | 'gray' | 'blue' | 'amber' | 'orange' | 'red' | 'crimson';

const STATE_KEY = {
  stopped: 'stopped',
  starting: 'starting',
  running: 'running',
  paused: 'paused',
  'shutting-down': 'shuttingDown',
  crashed: 'crashed',
  saved: 'saved',
  broken: 'broken',
} as const satisfies Record<VmState, string>;

/** The state's name for a badge, in the window's language ("running", "en marche"). */
export const stateLabel = (state: VmState): string => i18n.t(`app:vmState.${STATE_KEY[state]}`);

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

/** The same start() call restores a saved guest (decide on this, never on the button's words). */
export const restores = (vm: VmSummary | null): boolean => vm?.status.state === 'saved';

/** So the button says what will happen: Start, or Restore for a saved guest. */
export function startLabel(vm: VmSummary | null): string {
  return i18n.t(restores(vm) ? 'app:power.restore' : 'app:power.start');
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
