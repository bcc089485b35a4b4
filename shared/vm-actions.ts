// Which action is allowed in which state: ONE table, for the renderer's buttons and menus and for the
// engine's checks (a refused call answers with refusal()'s words). Pure.
import { says, type Message } from './i18n/message.js';
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

type Status = Pick<VmStatus, 'state' | 'disposable'>;

/**
 * Why `action` is not possible for a VM in this status, with what to do; null when it is. A Message
 * (engine:refusal...): the engine's refusal and a button's hint read it in their reader's language.
 */
export function refusal(action: VmAction, status: Status): Message | null {
  const { state } = status;
  if (action === 'saveState' && status.disposable) return says('engine:refusal.disposableSave');
  const ok = ALLOWED_IN[action];
  if (ok.includes(state)) return null;
  const fix = says(`engine:refusal.fix.${fixFor(action, state, ok)}`);
  return says('engine:refusal.sentence', { cannot: says(`engine:cannot.${action}`), state: says(`engine:state.${state}`), fix });
}

type Fix =
  | 'broken'
  | 'saved'
  | 'noSavedState'
  | 'startFirst'
  | 'tryAgain'
  | 'shutDownFirst'
  | 'waitStarted'
  | 'waitOff'
  | 'resumeFirst'
  | 'runningAlready';

function fixFor(action: VmAction, state: VmState, ok: readonly VmState[]): Fix {
  if (state === 'broken') return 'broken';
  if (state === 'saved') return 'saved';
  if (action === 'discardSavedState') return 'noSavedState';
  const wantsQemu = ok.every((s) => QEMU_ALIVE.includes(s));
  if (!QEMU_ALIVE.includes(state)) return wantsQemu ? 'startFirst' : 'tryAgain';
  if (!wantsQemu) return 'shutDownFirst';
  if (state === 'starting') return 'waitStarted';
  if (state === 'shutting-down') return 'waitOff';
  if (state === 'paused') return 'resumeFirst';
  return 'runningAlready';
}

export function allowed(action: VmAction, status: Status | null | undefined): boolean {
  return !!status && refusal(action, status) === null;
}
