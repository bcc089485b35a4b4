// What the per-job modules (creation, edits, lifecycle, deletion, guest I/O) share: the folders, the
// store, the registry of VMs, the per-VM mutex, long tasks, the host facts, and the way changes are told
// to clients. Built once by VmService.
import { ApiError, type VmEvent } from '../../../shared/api.js';
import { says } from '../../../shared/i18n/index.js';
import type { HostInfo, QemuCapabilities, VmConfig, VmSummary } from '../../../shared/model/index.js';
import type { ConsoleHub } from '../console/console-hub.js';
import type { HostService } from '../host-service.js';
import type { KeyedMutex } from '../keyed-mutex.js';
import { vmDir, type EnginePaths } from '../paths.js';
import type { VmMonitor } from '../stats/vm-monitor.js';
import type { SettingsStore } from '../store/settings-store.js';
import type { VmStore } from '../store/vm-store.js';
import type { TaskRegistry } from '../tasks/task-registry.js';
import type { VmEntry, VmRegistry } from './registry.js';
import { summarize } from './summary.js';

export interface EngineParts {
  paths: EnginePaths;
  store: VmStore;
  registry: VmRegistry;
  mutex: KeyedMutex;
  tasks: TaskRegistry;
  hostService: HostService;
  settings: SettingsStore;
  consoles: ConsoleHub;
  monitor: VmMonitor;
  emit(event: VmEvent): void;
}

export class EngineContext {
  constructor(readonly parts: EngineParts) {}

  get paths() {
    return this.parts.paths;
  }
  get registry() {
    return this.parts.registry;
  }
  get tasks() {
    return this.parts.tasks;
  }

  vmDir(id: string): string {
    return vmDir(this.parts.paths, id);
  }

  host(): Promise<HostInfo> {
    return this.parts.hostService.info();
  }

  /** QEMU's capabilities when they can be read; creation still works without them (fewer checks). */
  caps(): Promise<QemuCapabilities | null> {
    return this.parts.hostService.capabilities().catch(() => null);
  }

  async img(): Promise<string> {
    return (await this.host()).qemu.img ?? 'qemu-img';
  }

  /** Run op on this VM after every other operation on it (two Start clicks cannot race). */
  exclusive<T>(id: string, op: () => Promise<T>): Promise<T> {
    return this.parts.mutex.run(id, op);
  }

  /** Tell the clients how the VM looks now, and return that. */
  changed(e: VmEntry): VmSummary {
    const vm = summarize(e);
    this.parts.emit({ type: 'vm-changed', vm });
    return vm;
  }

  /**
   * Store a changed definition and tell the clients. Only under the VM's mutex: two writers of one
   * vm.json would lose one of the changes.
   */
  async writeConfig(config: VmConfig): Promise<VmEntry> {
    if (!this.parts.mutex.isBusy(config.id)) {
      throw new ApiError('internal', says('engine:vm.outsideLock', { id: config.id }));
    }
    await this.parts.store.write(config);
    const e = this.parts.registry.admit({ id: config.id, config });
    this.changed(e);
    return e;
  }
}
