import type { VmState, VmSummary } from '../../shared/model/index.js';

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

/** Which actions make sense in which state; the engine enforces the same with "conflict" errors. */
export function canStart(vm: VmSummary | null): boolean {
  return !!vm && (vm.status.state === 'stopped' || vm.status.state === 'crashed' || vm.status.state === 'saved');
}

/** Off, with no QEMU and no saved memory: the VM's disks are all there is of it. */
function powerOff(vm: VmSummary | null): boolean {
  return !!vm && (vm.status.state === 'stopped' || vm.status.state === 'crashed');
}

/** The same start() call restores a saved guest, so the button says what will happen. */
export function startLabel(vm: VmSummary | null): 'Start' | 'Restore' {
  return vm?.status.state === 'saved' ? 'Restore' : 'Start';
}

/**
 * QEMU -snapshot puts the writes in temporary files; a saved guest's memory refers to the real disks,
 * so only a VM that boots afresh can start disposable.
 */
export const canStartDisposable = powerOff;

/** ACPI reboot goes through the guest, which must be running to hear the button. */
export function canReboot(vm: VmSummary | null): boolean {
  return !!vm && vm.status.state === 'running';
}

/**
 * The guest's memory can be written out while it runs or is paused (a paused one is already still);
 * not a disposable run, whose disk changes live only as long as QEMU does.
 */
export function canSaveState(vm: VmSummary | null): boolean {
  return !!vm && (vm.status.state === 'running' || vm.status.state === 'paused') && !vm.status.disposable;
}

export function canDiscardSavedState(vm: VmSummary | null): boolean {
  return !!vm && vm.status.state === 'saved';
}

/**
 * Cloning copies (or overlays) the disks, which must be still: not while QEMU writes them, and not a
 * saved VM, whose memory image belongs with exactly these disks.
 */
export const canClone = powerOff;

export function canShutdown(vm: VmSummary | null): boolean {
  return !!vm && vm.status.state === 'running';
}

/** A QEMU process exists for this VM (whatever the guest is doing). */
export function qemuAlive(vm: VmSummary | null): boolean {
  const s = vm?.status.state;
  return s === 'running' || s === 'paused' || s === 'starting' || s === 'shutting-down';
}

export const canForceOff = qemuAlive;

/** QMP stop/cont: the engine pauses only a running guest and resumes only a paused one. */
export function canPause(vm: VmSummary | null): boolean {
  return !!vm && vm.status.state === 'running';
}

export function canResume(vm: VmSummary | null): boolean {
  return !!vm && vm.status.state === 'paused';
}

/** system_reset needs QEMU up and past starting; a paused guest restarts too (and stays paused). */
export function canReset(vm: VmSummary | null): boolean {
  return canPause(vm) || canResume(vm);
}

/** The engine reads the VM's definition to find its disks, and a broken VM has none to read. */
export function canDelete(vm: VmSummary | null): boolean {
  return !!vm && vm.status.state !== 'broken';
}

/** A broken VM has no definition, so there is nothing to attach to; any other VM shows the console page. */
export function canOpenConsole(vm: VmSummary | null): boolean {
  return !!vm && vm.status.state !== 'broken';
}

/** QEMU is up and its serial chardev exists. */
export function consoleLive(vm: VmSummary | null): boolean {
  const s = vm?.status.state;
  return s === 'running' || s === 'paused' || s === 'shutting-down';
}
