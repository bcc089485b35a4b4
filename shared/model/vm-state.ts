import type { z } from 'zod';
import type { Message } from '../i18n/message.js';
import type { GuestInfo } from './guest-info.js';
import type { remedy } from '../schemas/fields.js';
import type { VmConfig } from './vm-config.js';

/** What a VM is doing, as the list shows it. "broken" = its vm.json cannot be read. */
export type VmState =
  | 'stopped'
  | 'starting'
  | 'running'
  | 'paused'
  | 'shutting-down'
  /** Off, with its memory saved to disk (saveState): start restores it where it was. */
  | 'saved'
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
  error?: Message;
  /** Last lines QEMU wrote to stderr, for a crash. */
  log?: string;
  /** Something the user should look at while the VM runs, e.g. a KVM guest with no sign of life. */
  warning?: Message;
  /** Memory the guest has now, as the balloon reports it (QMP query-balloon / BALLOON_CHANGE), MiB. */
  balloonMiB?: number;
  /** Started disposable (QEMU -snapshot): its disk writes are thrown away when it stops. */
  disposable?: boolean;
  /** Settings changed while the VM runs that take effect at its next boot. */
  pendingRestart?: string[];
  /** One-click ways out of a crash or a warning, in the order to offer them. */
  remedies?: Remedy[];
  /** What the guest agent reports, while a VM with its channel runs (absent otherwise). */
  guest?: GuestInfo;
}

/**
 * use-tcg: run this VM with emulation from now on; use-safe-cpu: keep KVM with QEMU's default CPU
 * model; keep-waiting: dismiss a no-sign-of-life warning.
 */
export type Remedy = z.output<typeof remedy>;

export interface VmSummary {
  id: string;
  /** The VM's name; for a broken VM, its folder name. */
  name: string;
  /** null when vm.json cannot be read (state "broken"). */
  config: VmConfig | null;
  status: VmStatus;
}
