import type { VmConfig } from './vm-config.js';

/** What a VM is doing, as the list shows it. "broken" = its vm.json cannot be read. */
export type VmState =
  | 'stopped'
  | 'starting'
  | 'running'
  | 'paused'
  | 'shutting-down'
  | 'crashed'
  | 'broken';

export interface VmStatus {
  state: VmState;
  /** ms since epoch of the last state change */
  since: number;
  /** The accelerator QEMU actually uses, while it runs. */
  accel?: 'kvm' | 'tcg';
  pid?: number;
  /** While shutting down: when VirtDesk will force the VM off (ms since epoch). */
  forceOffAt?: number;
  /** Why the VM crashed or is broken, with the fix where one is known. */
  error?: string;
  /** Last lines QEMU wrote to stderr, for a crash. */
  log?: string;
}

export interface VmSummary {
  id: string;
  /** The VM's name; for a broken VM, its folder name. */
  name: string;
  /** null when vm.json cannot be read (state "broken"). */
  config: VmConfig | null;
  status: VmStatus;
}
