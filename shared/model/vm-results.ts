// What the engine answers about VMs beyond their summary: the wizard's preview, edits, OS detection,
// consoles. (Results are built by the engine, which is trusted; only arguments are validated.)
import type { Message } from '../i18n/message.js';
import type { VmConfig } from './vm-config.js';
import type { VmSummary } from './vm-state.js';

export interface OsInfo {
  id: string;
  name: string;
  family: 'linux' | 'bsd' | 'windows' | 'other';
  defaults: {
    memoryMiB: number;
    cpus: number;
    diskGiB: number;
    firmware: 'bios' | 'uefi';
    diskBus: VmConfig['disks'][number]['bus'];
    nicModel: VmConfig['nics'][number]['model'];
    machine: string;
  };
}

export interface DetectedOs {
  os: OsInfo;
  /** How it was found: libosinfo, the ISO's volume label, or not at all (generic defaults). */
  source: 'osinfo' | 'label' | 'none';
  volumeId: string | null;
}

/** What creating would do, without doing it: the wizard's review step. */
export interface CreatePreview {
  config: VmConfig;
  /** The exact commands, as a person would type them (qemu-img first, then qemu-system-x86_64). */
  commands: string[];
  /** What the person should know that does not stop creation (the host may swap, KVM is not usable...). */
  warnings: Message[];
}

export interface UpdateResult {
  vm: VmSummary;
  /** Changed settings that the running VM gets only at its next boot (shown as "applies at next boot"). */
  pendingRestart: string[];
  /** Changed settings applied to the running VM at once (CD-ROM media, balloon target). */
  appliedLive: string[];
}

export interface ConsoleTicket {
  /**
   * /console/<id>/<stream>?token=... (the token works once, for a short time): a path, resolved by the
   * viewer against the address it reaches the engine's server at (an SSH tunnel or a proxy may put that
   * on another host and port than the server's bind), with ws: or wss: (shared/console-url.ts).
   */
  url: string;
}

export interface TaskProgress {
  id: string;
  /** The VM the task is for (null while a VM is being created). */
  vmId: string | null;
  /** The VM the task is for (creation: the name it will have). */
  vmName: string;
  /** "Converting disk.vmdk to qcow2" */
  title: Message;
  percent: number;
  state: 'running' | 'done' | 'failed' | 'cancelled';
  /** cancelTask() stops it, leaving nothing half-written. */
  cancellable: boolean;
  /** Why it failed. */
  error?: Message;
}
