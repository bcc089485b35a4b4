// A VM's disks and snapshots as the API offers them: the Disks view and its actions (over DiskService)
// and the Snapshots tab (over SnapshotService), each change under the VM's lock since it rewrites files.
import { says } from '../../../shared/i18n/index.js';
import type { DiskCheckResult, DiskEntry, ParsedArgOf, SnapshotList } from '../../../shared/api.js';
import { DiskService } from '../disks/disk-service.js';
import { basesDir } from '../paths.js';
import { SnapshotService } from '../snapshots/snapshot-service.js';
import { snapshotBusy, vmBusy } from './busy.js';
import type { EngineContext } from './context.js';
import type { Lifecycle } from './lifecycle.js';
import { refuseStateWithVirtiofs } from './virtiofs-state.js';

export class StorageOps {
  readonly disks: DiskService;
  private readonly snapshots: SnapshotService;

  constructor(
    private readonly ctx: EngineContext,
    lifecycle: Lifecycle,
  ) {
    const { registry, paths, tasks } = ctx;
    this.disks = new DiskService({
      img: () => ctx.img(),
      configs: () => registry.configs(),
      vmDir: (id) => ctx.vmDir(id),
      basesDir: basesDir(paths),
      vmBusy: (id) => {
        const e = registry.peek(id);
        return e ? vmBusy(e) : null;
      },
      tasks,
      writeConfig: async (c) => void (await ctx.writeConfig(c)),
      policy: async (vmId, field) => ({ paths, vmId, field, others: (await registry.configs()).filter((c) => c.id !== vmId) }),
    });
    this.snapshots = new SnapshotService({
      img: () => ctx.img(),
      vmDir: (id) => ctx.vmDir(id),
      liveQmp: (id) => {
        const p = registry.peek(id)?.proc;
        return p?.isActive ? p.qmpClient : null;
      },
      liveAgent: (id) => {
        const p = registry.peek(id)?.proc;
        return p?.isActive ? p.agent : null;
      },
      busy: (id) => {
        const e = registry.peek(id);
        return e ? snapshotBusy(e) : null;
      },
      tasks,
      startAt: async (id, tag) => void (await lifecycle.startVm(await registry.load(id), { loadvm: tag })),
    });
  }

  async listDisks({ vmId }: ParsedArgOf<'listDisks'>): Promise<DiskEntry[]> {
    if (vmId) await this.ctx.registry.load(vmId); // "not found" for an unknown id
    return this.disks.list(vmId);
  }

  resizeDisk({ id, index, sizeBytes, shrink }: ParsedArgOf<'resizeDisk'>): Promise<DiskEntry> {
    return this.onVm(id, () => this.disks.resize(id, index, sizeBytes, shrink ?? false));
  }

  convertDisk({ id, index, format, compress, use }: ParsedArgOf<'convertDisk'>): Promise<{ path: string }> {
    return this.onVm(id, () => this.disks.convert(id, index, format, compress ?? false, use ?? false));
  }

  checkDisk({ id, index }: ParsedArgOf<'checkDisk'>): Promise<DiskCheckResult> {
    return this.onVm(id, () => this.disks.check(id, index));
  }

  async listSnapshots({ id }: ParsedArgOf<'listSnapshots'>): Promise<SnapshotList> {
    return this.snapshots.list((await this.ctx.registry.load(id)).config);
  }

  createSnapshot({ id, name, description }: ParsedArgOf<'createSnapshot'>): Promise<SnapshotList> {
    return this.ctx.exclusive(id, async () => {
      const e = await this.ctx.registry.load(id);
      await refuseStateWithVirtiofs(this.ctx, e, (reason) => says('files:snapshots.cannotTake', { reason }));
      return this.snapshots.create(e.config, name, description ?? '');
    });
  }

  revertSnapshot({ id, name }: ParsedArgOf<'revertSnapshot'>): Promise<SnapshotList> {
    return this.ctx.exclusive(id, async () => this.snapshots.revert((await this.ctx.registry.load(id)).config, name));
  }

  deleteSnapshot({ id, name }: ParsedArgOf<'deleteSnapshot'>): Promise<SnapshotList> {
    return this.ctx.exclusive(id, async () => this.snapshots.delete((await this.ctx.registry.load(id)).config, name));
  }

  /** Under the VM's lock, once it is known to exist. */
  private onVm<T>(id: string, op: () => Promise<T>): Promise<T> {
    return this.ctx.exclusive(id, async () => {
      await this.ctx.registry.load(id);
      return op();
    });
  }
}
