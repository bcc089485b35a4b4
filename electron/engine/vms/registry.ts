// Every VM the engine knows, one entry each: its definition, its QEMU supervisor, what it was started
// with and whether its state is saved. Entries exist only for VMs whose folder exists, so an unknown id
// is answered "not found" and leaves nothing behind; a VM's entry is removed in one place (forget).
import { ApiError } from '../../../shared/api.js';
import { says } from '../../../shared/i18n/index.js';
import type { GuestInfo, VmConfig } from '../../../shared/model/index.js';
import type { VmProcess } from '../process/vm-process.js';
import type { StoredVm, VmStore } from '../store/vm-store.js';

export interface VmEntry {
  readonly id: string;
  /** The definition as last read from vm.json (re-read, cheaply, by load()). */
  config: VmConfig;
  readonly proc: VmProcess;
  /** The definition the running QEMU was started with: edits since then apply at its next boot. */
  startedWith: VmConfig | null;
  /** Its memory is saved to disk (saveState): Start restores it. */
  saved: boolean;
  /** Its QEMU has reported a status since this engine started (else "stopped since its creation"). */
  seen: boolean;
  /** What the guest agent last reported, while the VM runs with its channel. */
  guest?: GuestInfo;
}

export class VmRegistry {
  private readonly entries = new Map<string, VmEntry>();

  constructor(
    private readonly store: VmStore,
    private readonly makeProc: (id: string) => VmProcess,
    /** Everything else the engine keeps per VM (statistics, watchdog) forgets it too. */
    private readonly onForget: (id: string) => void,
  ) {}

  /** The entry of a VM the engine has seen, without touching the disk; undefined otherwise. */
  peek(id: string): VmEntry | undefined {
    return this.entries.get(id);
  }

  all(): VmEntry[] {
    return [...this.entries.values()];
  }

  /**
   * The VM with its definition re-read from disk. An unknown id is "not found" (and creates nothing);
   * a VM whose vm.json cannot be read is "broken": refused with the reason (remove still works).
   */
  async load(id: string): Promise<VmEntry> {
    return this.admit(await this.store.read(id));
  }

  /** Every VM folder, known entries brought up to date; broken ones come back as they are. */
  async list(): Promise<StoredVm[]> {
    const stored = await this.store.list();
    for (const s of stored) if (s.config) this.admit(s);
    return stored;
  }

  /** Definitions of every readable VM. */
  async configs(): Promise<VmConfig[]> {
    return (await this.list()).flatMap((s) => (s.config ? [s.config] : []));
  }

  /** Take a stored VM in (or refresh its definition). */
  admit(s: StoredVm): VmEntry {
    if (s.config === null) throw new ApiError('conflict', says('engine:vm.unusable', { reason: s.error }), { broken: true });
    let e = this.entries.get(s.id);
    if (!e) {
      e = { id: s.id, config: s.config, proc: this.makeProc(s.id), startedWith: null, saved: false, seen: false };
      this.entries.set(s.id, e);
    } else {
      e.config = s.config;
    }
    return e;
  }

  /** The VM is gone: let go of its QEMU supervisor and everything kept about it. */
  forget(id: string): void {
    const e = this.entries.get(id);
    e?.proc.detach();
    this.entries.delete(id);
    this.onForget(id);
  }
}
