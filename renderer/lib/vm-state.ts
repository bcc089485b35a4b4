import type { VmState, VmSummary } from '../../shared/model/index.js';

export type BadgeColor = 'green' | 'gray' | 'blue' | 'amber' | 'orange' | 'red' | 'crimson';

export const STATE_LABEL: Record<VmState, string> = {
  stopped: 'stopped',
  starting: 'starting',
  running: 'running',
  paused: 'paused',
  'shutting-down': 'shutting down',
  crashed: 'crashed',
  broken: 'broken',
};

export const STATE_COLOR: Record<VmState, BadgeColor> = {
  stopped: 'gray',
  starting: 'blue',
  running: 'green',
  paused: 'amber',
  'shutting-down': 'orange',
  crashed: 'red',
  broken: 'crimson',
};

/** Which actions make sense in which state; the engine enforces the same with "conflict" errors. */
export function canStart(vm: VmSummary | null): boolean {
  return !!vm && (vm.status.state === 'stopped' || vm.status.state === 'crashed');
}

export function canShutdown(vm: VmSummary | null): boolean {
  return !!vm && vm.status.state === 'running';
}

/** A QEMU process exists for this VM (whatever the guest is doing). */
export function qemuAlive(vm: VmSummary | null): boolean {
  const s = vm?.status.state;
  return s === 'running' || s === 'paused' || s === 'starting' || s === 'shutting-down';
}

export const canForceOff = qemuAlive;

/** A broken VM has no definition, so there is nothing to attach to; any other VM shows the console page. */
export function canOpenConsole(vm: VmSummary | null): boolean {
  return !!vm && vm.status.state !== 'broken';
}

/** QEMU is up and its serial chardev exists. */
export function consoleLive(vm: VmSummary | null): boolean {
  const s = vm?.status.state;
  return s === 'running' || s === 'paused' || s === 'shutting-down';
}
