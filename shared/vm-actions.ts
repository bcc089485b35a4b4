// Which action is allowed in which state: ONE table, for the renderer's buttons and menus and for the
// engine's checks (a refused call answers with refusal()'s words). Pure.
import type { VmState, VmStatus } from './model/index.js';

export type VmAction =
  | 'start'
  | 'startDisposable'
  | 'shutdown'
  | 'forceOff'
  | 'pause'
  | 'resume'
  | 'reset'
  | 'reboot'
  | 'saveState'
  | 'discardSavedState'
  | 'clone'
  | 'delete'
  | 'openConsole'
  | 'attachConsole';

/** QEMU runs for the VM (whatever the guest is doing). */
export const QEMU_ALIVE: readonly VmState[] = ['starting', 'running', 'paused', 'shutting-down'];

const OFF: readonly VmState[] = ['stopped', 'crashed'];

export const ALLOWED_IN: Readonly<Record<VmAction, readonly VmState[]>> = {
  /** Boots afresh, or restores a saved guest where it was. */
  start: [...OFF, 'saved'],
  /** QEMU -snapshot: a saved guest's memory refers to the real disks, so only a fresh boot. */
  startDisposable: OFF,
  /** The ACPI power button: the guest must be running to hear it. */
  shutdown: ['running'],
  forceOff: QEMU_ALIVE,
  pause: ['running'],
  resume: ['paused'],
  /** system_reset: a paused guest restarts too (and stays paused). */
  reset: ['running', 'paused'],
  reboot: ['running'],
  /** The memory can be written out while the guest runs or is paused (not a disposable run). */
  saveState: ['running', 'paused'],
  discardSavedState: ['saved'],
  /** The disks must be still, and a saved VM's memory belongs with exactly these disks. */
  clone: OFF,
  /** Any VM, a broken one too; a running one is forced off first (the dialog asks). */
  delete: [...OFF, 'saved', 'broken', ...QEMU_ALIVE],
  /** The console page (it says "start the VM" while it is off). */
  openConsole: [...OFF, 'saved', ...QEMU_ALIVE],
  /** A viewer on the serial port, monitor or screen: QEMU up and its chardevs there. */
  attachConsole: ['running', 'paused', 'shutting-down'],
};

const VERB: Record<VmAction, string> = {
  start: 'start',
  startDisposable: 'start disposable',
  shutdown: 'shut down',
  forceOff: 'force off',
  pause: 'pause',
  resume: 'resume',
  reset: 'reset',
  reboot: 'reboot',
  saveState: 'save the state',
  discardSavedState: 'discard the saved state',
  clone: 'clone',
  delete: 'delete',
  openConsole: 'open the console',
  attachConsole: 'use the console',
};

type Status = Pick<VmStatus, 'state' | 'disposable'>;

/** Why `action` is not possible for a VM in this status, with what to do; null when it is. */
export function refusal(action: VmAction, status: Status): string | null {
  const { state } = status;
  if (action === 'saveState' && status.disposable) {
    return 'Cannot save the state of a disposable run: its disk changes exist only as long as QEMU runs. Shut it down instead.';
  }
  const ok = ALLOWED_IN[action];
  if (ok.includes(state)) return null;
  return `Cannot ${VERB[action]}: the VM is ${state.replace('-', ' ')}; ${fixFor(action, state, ok)}.`;
}

function fixFor(action: VmAction, state: VmState, ok: readonly VmState[]): string {
  if (state === 'broken') return 'its vm.json cannot be read: fix the file, or delete the VM';
  if (state === 'saved') return 'restore it (Start) or discard the saved state first';
  if (action === 'discardSavedState') return 'it has no saved state';
  const wantsQemu = ok.every((s) => QEMU_ALIVE.includes(s));
  if (!QEMU_ALIVE.includes(state)) return wantsQemu ? 'start it first' : 'try again';
  if (!wantsQemu) return 'shut it down (or force it off) first';
  if (state === 'starting') return 'wait until it has started';
  if (state === 'shutting-down') return 'wait until it is off, or force it off';
  if (state === 'paused') return 'resume it first';
  return `it is running already`;
}

export function allowed(action: VmAction, status: Status | null | undefined): boolean {
  return !!status && refusal(action, status) === null;
}
