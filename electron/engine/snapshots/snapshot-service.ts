// Snapshots: internal qcow2 snapshots of every writable disk. While the VM runs they are live (memory
// and devices too, through QMP snapshot-save/-load/-delete jobs); when it is off, qemu-img takes
// disk-only ones. Both kinds are the same qcow2 snapshots, so one list shows them all.
import { ApiError, type SnapshotInfo, type SnapshotList } from '../../../shared/api.js';
import { says, type Message } from '../../../shared/i18n/index.js';
import type { VmConfig } from '../../../shared/model/index.js';
import type { SnapshotTree } from '../../../shared/schemas/power-methods.js';
import { diskPath } from '../disks/disk-files.js';
import { imageInfo, snapshotImage, type QcowSnapshot } from '../img/qemu-img.js';
import { asMessage, messageOf } from '../engine-messages.js';
import type { GuestAgentWatch } from '../guest-agent/agent-watch.js';
import type { QmpClient } from '../qmp/qmp-client.js';
import type { TaskRegistry } from '../tasks/task-registry.js';
import { liveSnapshotOp } from './qmp-jobs.js';
import { snapshotBlocker, snapshotDisks } from './snapshot-blocker.js';
import { readMeta, updateMeta } from './snapshot-meta.js';
import { buildTree, recordDeleted, recordReverted, recordTaken } from './snapshot-tree.js';

/** A VM's snapshot list with the tree snapshots.json records (parents, the current snapshot). */
export async function snapshotTreeOf(list: SnapshotList, vmDir: string): Promise<SnapshotTree> {
  return { ...list, ...buildTree(list.snapshots, await readMeta(vmDir)) };
}

/** A task's title. */
const title = (key: 'files:snapshots.taking' | 'files:snapshots.reverting' | 'files:snapshots.deleting', name: string) =>
  says(key, { name });

export interface SnapshotHost {
  img(): Promise<string>;
  vmDir(id: string): string;
  /** The running VM's QMP; null when QEMU is not running. */
  liveQmp(id: string): QmpClient | null;
  /** The running VM's guest agent; null when it has none (it may still not answer). */
  liveAgent(id: string): GuestAgentWatch | null;
  /** Why snapshots cannot be touched now (saved state, disposable run, starting...), or null. */
  busy(id: string): string | Message | null;
  tasks: TaskRegistry;
  /** Boot the VM straight into a live snapshot (-loadvm). */
  startAt(id: string, tag: string): Promise<void>;
}

export class SnapshotService {
  constructor(private readonly host: SnapshotHost) {}

  async list(config: VmConfig): Promise<SnapshotList> {
    const unavailable = snapshotBlocker(config);
    if (unavailable) return { snapshots: [], unavailable };
    return { snapshots: await this.read(config), unavailable: this.busy(config) };
  }

  async create(config: VmConfig, name: string, description: string): Promise<SnapshotList> {
    this.usable(config, 'files:snapshots.cannotTake');
    const existing = (await this.read(config)).map((s) => s.name);
    if (existing.includes(name)) throw new ApiError('conflict', says('files:snapshots.exists', { name }), { field: 'name' });
    const dir = this.host.vmDir(config.id);
    const qmp = this.host.liveQmp(config.id);
    const meta = { vmId: config.id, vmName: config.name, title: title('files:snapshots.taking', name), cancellable: false };
    let filesystems: Message | undefined;
    await this.host.tasks.run(meta, async (task) => {
      if (qmp) {
        // The guest's file systems frozen (written out, writes held) while QEMU saves, when the agent answers.
        const agent = this.host.liveAgent(config.id);
        const asked = agent?.answering ?? false;
        const { frozen } = await (agent ?? NO_AGENT).withFrozenFilesystems(() =>
          liveSnapshotOp(qmp, 'snapshot-save', name, (p) => task.progress(p)),
        );
        filesystems = frozenMessage(asked, frozen);
        return;
      }
      const img = await this.host.img();
      const done: string[] = [];
      try {
        for (const { disk } of snapshotDisks(config)) {
          const file = diskPath(dir, disk.file);
          await snapshotImage(img, file, 'create', name);
          done.push(file);
        }
      } catch (err) {
        // All disks or none: a snapshot on some of them would revert the VM to a mix of times.
        for (const file of done) await snapshotImage(img, file, 'delete', name).catch(() => {});
        throw err;
      }
    });
    await updateMeta(dir, (m) => recordTaken(m, name, description, existing));
    return { ...(await this.list(config)), ...(filesystems ? { filesystems } : {}) };
  }

  async revert(config: VmConfig, name: string): Promise<SnapshotList> {
    this.usable(config, 'files:snapshots.cannotRevert');
    const snap = (await this.read(config)).find((s) => s.name === name);
    if (!snap) throw new ApiError('not-found', says('files:snapshots.none', { name }));
    const qmp = this.host.liveQmp(config.id);
    if (qmp) {
      if (!snap.live) throw new ApiError('conflict', says('files:snapshots.diskOnly', { name }));
      const meta = { vmId: config.id, vmName: config.name, title: title('files:snapshots.reverting', name), cancellable: false };
      await this.host.tasks.run(meta, (task) =>
        liveSnapshotOp(qmp, 'snapshot-load', name, (p) => task.progress(p)).catch(async (err: Error) => {
          // A failed load leaves the guest in "restore-vm": its memory is half old, half new.
          throw new ApiError('qemu', says('files:snapshots.inconsistent', { error: messageOf(err) }));
        }),
      );
      // Memory saved while its file systems were frozen comes back frozen: thaw them (in the background).
      void this.host.liveAgent(config.id)?.thawIfAnswering();
    } else if (snap.live) {
      // A snapshot of a running guest is a running guest: start the VM in it, as virt-manager does.
      await this.host.startAt(config.id, name);
    } else {
      const img = await this.host.img();
      for (const { disk } of snapshotDisks(config))
        await snapshotImage(img, diskPath(this.host.vmDir(config.id), disk.file), 'apply', name);
    }
    await updateMeta(this.host.vmDir(config.id), (m) => recordReverted(m, name));
    return this.list(config);
  }

  async delete(config: VmConfig, name: string): Promise<SnapshotList> {
    this.usable(config, 'files:snapshots.cannotDelete');
    if (!(await this.read(config)).some((s) => s.name === name)) throw new ApiError('not-found', says('files:snapshots.none', { name }));
    const dir = this.host.vmDir(config.id);
    const qmp = this.host.liveQmp(config.id);
    if (qmp) {
      const meta = { vmId: config.id, vmName: config.name, title: title('files:snapshots.deleting', name), cancellable: false };
      await this.host.tasks.run(meta, (task) => liveSnapshotOp(qmp, 'snapshot-delete', name, (p) => task.progress(p)));
    } else {
      const img = await this.host.img();
      for (const { disk } of snapshotDisks(config)) {
        const file = diskPath(dir, disk.file);
        // A disk added after the snapshot does not have it: nothing to delete there.
        const has = (await imageInfo(img, file)).snapshots?.some((s) => s.name === name);
        if (has) await snapshotImage(img, file, 'delete', name);
      }
    }
    await updateMeta(dir, (m) => recordDeleted(m, name));
    return this.list(config);
  }

  private usable(
    config: VmConfig,
    cannot: 'files:snapshots.cannotTake' | 'files:snapshots.cannotRevert' | 'files:snapshots.cannotDelete',
  ): void {
    const reason = snapshotBlocker(config) ?? this.busy(config);
    if (reason) throw new ApiError('conflict', says(cannot, { reason }));
  }

  private busy(config: VmConfig): Message | null {
    const reason = this.host.busy(config.id);
    return reason === null ? null : asMessage(reason);
  }

  /** The snapshots of the first writable disk (it holds the memory state of live ones), with descriptions. */
  private async read(config: VmConfig): Promise<SnapshotInfo[]> {
    const first = snapshotDisks(config)[0];
    if (!first) return [];
    const dir = this.host.vmDir(config.id);
    // -U: a running VM holds the lock; listing reads only the snapshot table.
    const info = await imageInfo(await this.host.img(), diskPath(dir, first.disk.file), { shared: true });
    const meta = await readMeta(dir);
    return (info.snapshots ?? []).map((s: QcowSnapshot) => ({
      name: s.name,
      description: meta.entries[s.name]?.description ?? '',
      createdAt: new Date(s['date-sec'] * 1000 + Math.floor(s['date-nsec'] / 1e6)).toISOString(),
      vmStateBytes: s['vm-state-size'],
      live: s['vm-state-size'] > 0,
    }));
  }
}

/** Without an agent, the operation simply runs. */
const NO_AGENT = { withFrozenFilesystems: async <T>(op: () => Promise<T>) => ({ value: await op(), frozen: null }) };

/** What the snapshot's result says about the guest's file systems. */
function frozenMessage(asked: boolean, frozen: number | null): Message {
  if (frozen !== null) return says('guest:snapshot.frozen', { n: frozen });
  return asked ? says('guest:snapshot.refused') : says('guest:snapshot.noAgent');
}
