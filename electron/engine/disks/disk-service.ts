// The Disks view and its actions (resize, convert, check) over qemu-img. A disk QEMU has open, or one a
// saved VM or a linked clone depends on, is refused with the reason rather than risked: qemu-img would
// mostly refuse on its lock too, but only the caller knows why and what to do about it.
import fs from 'node:fs/promises';
import path from 'node:path';
import { ApiError, type DiskCheckResult, type DiskEntry } from '../../../shared/api.js';
import { says, type Message } from '../../../shared/i18n/index.js';
import type { DiskFormat, VmConfig } from '../../../shared/model/index.js';
import { checkImage, convertImage, imageInfo, resizeImage } from '../img/qemu-img.js';
import { checkVmFile, walkBackingChain, type FileRole, type PolicyContext } from '../policy/index.js';
import { asMessage, messageOf } from '../engine-messages.js';
import { list } from '../policy/messages.js';
import type { TaskRegistry } from '../tasks/task-registry.js';
import { parseCheck } from './check-result.js';
import { convertedName, diskPath } from './disk-files.js';
import { toLayers } from './image-layers.js';

export interface DiskHost {
  img(): Promise<string>;
  configs(): Promise<VmConfig[]>;
  vmDir(id: string): string;
  /** Read-only bases that linked clones share (outside every VM's folder). */
  basesDir: string;
  /** Why this VM's disks must not be changed now (running, saved), or null. */
  vmBusy(id: string): string | Message | null;
  tasks: TaskRegistry;
  /** Store a changed definition (and tell the clients). */
  writeConfig(config: VmConfig): Promise<void>;
  /** What the policy needs to judge a file of this VM (null: a shared base). */
  policy(vmId: string | null, field: string): Promise<PolicyContext>;
}

export class DiskService {
  constructor(private readonly host: DiskHost) {}

  async list(vmId?: string): Promise<DiskEntry[]> {
    const img = await this.host.img();
    const configs = await this.host.configs();
    // Every VM's chains, even for one VM's page: "used by" needs to know who builds on whom.
    const vmEntries = (
      await Promise.all(
        configs.map((c) => Promise.all(c.disks.map((d, index) => this.entry(img, c, index, diskPath(this.host.vmDir(c.id), d.file))))),
      )
    ).flat();
    const usedBy = (p: string, self?: string) =>
      vmEntries.filter((e) => e.vm && e.vm.id !== self && e.chain?.slice(1).some((l) => l.path === p)).map((e) => e.vm!.name);
    for (const e of vmEntries) {
      e.usedBy = [...new Set(usedBy(e.path, e.vm!.id))];
      e.busy ??= e.usedBy.length ? says('files:disks.builtOn', { vms: list(e.usedBy) }) : null;
    }
    if (vmId) return vmEntries.filter((e) => e.vm?.id === vmId);
    const bases = await fs.readdir(this.host.basesDir).catch(() => [] as string[]);
    const baseEntries = await Promise.all(
      bases
        .filter((f) => !f.startsWith('.'))
        .map(async (f) => {
          const p = path.join(this.host.basesDir, f);
          const e = await this.layerEntry(img, p, null);
          e.usedBy = [...new Set(usedBy(p))];
          e.busy = e.usedBy.length ? says('files:disks.sharedBase', { vms: list(e.usedBy) }) : says('files:disks.unusedBase');
          return e;
        }),
    );
    return [...vmEntries, ...baseEntries];
  }

  async resize(id: string, index: number, sizeBytes: number, shrink: boolean): Promise<DiskEntry> {
    const { config, entry } = await this.actionable(id, index, 'resize');
    const now = entry.chain![0]!.virtualSize;
    if (sizeBytes < now && !shrink) {
      throw new ApiError('invalid', says('files:disks.shrink', { size: sizeBytes, now }), { field: 'sizeBytes' });
    }
    if (sizeBytes !== now) await resizeImage(await this.host.img(), entry.path, config.disks[index]!.format, sizeBytes, sizeBytes < now);
    return (await this.list(id))[index]!;
  }

  async convert(id: string, index: number, format: DiskFormat, compress: boolean, use: boolean): Promise<{ path: string }> {
    const { config, entry } = await this.actionable(id, index, 'convert');
    const disk = config.disks[index]!;
    const dir = this.host.vmDir(id);
    const taken = new Set(await fs.readdir(dir));
    // The copy goes into the VM's own folder, whatever folder the original is in.
    const name = convertedName(disk.file, format, taken);
    const dst = path.join(dir, name);
    const img = await this.host.img();
    const title = says('files:img.converting', { file: path.basename(disk.file), format });
    const meta = { vmId: id, vmName: config.name, title, cancellable: true };
    await this.host.tasks.run(meta, (task) =>
      convertImage(img, { src: entry.path, srcFormat: disk.format, dst, dstFormat: format, compress, signal: task.signal }, (p) =>
        task.progress(p),
      ),
    );
    if (use) {
      const disks = config.disks.map((d, i) => (i === index ? { ...d, file: name, format } : d));
      await this.host.writeConfig({ ...config, disks });
    }
    return { path: dst };
  }

  async check(id: string, index: number): Promise<DiskCheckResult> {
    const { config, entry } = await this.actionable(id, index, 'check');
    const { code, output } = await checkImage(await this.host.img(), entry.path, config.disks[index]!.format);
    return parseCheck(code, output);
  }

  /** The VM's disk `index`, if the action may touch it now; else a conflict that says why. */
  private async actionable(
    id: string,
    index: number,
    what: 'resize' | 'convert' | 'check',
  ): Promise<{ config: VmConfig; entry: DiskEntry }> {
    const entries = await this.list(id);
    const config = (await this.host.configs()).find((c) => c.id === id);
    const entry = entries[index];
    if (!config || !entry) throw new ApiError('not-found', says('files:disks.noDisk', { n: index + 1 }), { field: 'index' });
    const cannot = { resize: 'files:disks.cannotResize', convert: 'files:disks.cannotConvert', check: 'files:disks.cannotCheck' } as const;
    if (entry.busy) throw new ApiError('conflict', says(cannot[what], { file: path.basename(entry.path), reason: entry.busy }));
    if (!entry.chain) throw new ApiError('io', says(cannot[what], { file: entry.path, reason: entry.error ?? '' }));
    // The image itself, by the rule of what the action does to it: a resize writes even a read-only disk.
    const role: FileRole = what === 'resize' ? 'disk' : what === 'convert' ? 'import' : 'disk-readonly';
    await checkVmFile(entry.path, role, await this.host.policy(id, 'index'));
    return { config, entry };
  }

  private async entry(img: string, config: VmConfig, index: number, p: string): Promise<DiskEntry> {
    const e = await this.layerEntry(img, p, config.id);
    const busy = this.host.vmBusy(config.id);
    return { ...e, vm: { id: config.id, name: config.name, index }, busy: busy === null ? null : asMessage(busy) };
  }

  private async layerEntry(img: string, p: string, vmId: string | null): Promise<DiskEntry> {
    try {
      // -U: a running VM holds its images' locks; reading their headers is still safe.
      // One layer at a time, each backing name judged before qemu-img opens it (never --backing-chain,
      // which would follow an nbd: or FIFO backing file before anything could look at it).
      const chain = await walkBackingChain(p, await this.host.policy(vmId, 'path'), (f) => imageInfo(img, f, { shared: true }));
      return { path: p, vm: null, usedBy: [], chain: toLayers(chain, p), snapshots: chain[0]?.snapshots?.length ?? 0, busy: null };
    } catch (err) {
      const error = (err as NodeJS.ErrnoException).code === 'ENOENT' ? says('files:disks.missingFile') : messageOf(err);
      return { path: p, vm: null, usedBy: [], chain: null, snapshots: 0, error, busy: null };
    }
  }
}
