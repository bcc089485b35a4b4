// Deleting a VM: what it would touch (deletionPlan, the dialog's checkboxes) and the deletion itself.
// A file another VM uses - as its disk, or anywhere in its backing chain - is shown but never deleted;
// files kept inside the VM's folder are moved aside with the definition, never lost. A broken VM
// (vm.json unreadable) can be removed the same way: its folder's files are offered one by one.
import fs from 'node:fs/promises';
import path from 'node:path';
import { ApiError, type DeletionFile, type ParsedArgOf } from '../../../shared/api.js';
import { says } from '../../../shared/i18n/index.js';
import type { VmConfig } from '../../../shared/model/index.js';
import { deleteUnusedBase } from '../disks/base-deletion.js';
import { diskPath } from '../disks/disk-files.js';
import type { DiskService } from '../disks/disk-service.js';
import { runtimeFiles } from '../paths.js';
import { isAlive, isOurQemu, readPidfile } from '../process/proc.js';
import { checkVmFile, isBookkeepingFile } from '../policy/index.js';
import type { EngineContext } from './context.js';
import { safeFileName } from './file-names.js';

export class Deletion {
  constructor(
    private readonly ctx: EngineContext,
    private readonly disks: DiskService,
  ) {}

  async plan({ id }: ParsedArgOf<'deletionPlan'>): Promise<{ files: DeletionFile[] }> {
    const dir = this.ctx.vmDir(id);
    const s = await this.ctx.parts.store.read(id); // not-found for an unknown id; broken VMs too
    const candidates = s.config
      ? s.config.disks.map((d) => diskPath(dir, d.file))
      : (await fs.readdir(dir)).filter((f) => !isBookkeepingFile(f)).map((f) => path.join(dir, f));
    const users = await this.usersOfFiles(id);
    const others = (await this.ctx.registry.configs()).filter((c) => c.id !== id);
    const files = await Promise.all(
      candidates.map(async (file) => {
        const st = await fs.stat(file).catch(() => null);
        if (s.config === null && !st?.isFile()) return null;
        const usedBy = [...(users.get(await fileKey(file)) ?? [])];
        const insideVmFolder = path.dirname(file) === dir;
        // A file elsewhere that this VM could not use today (VirtDesk's own files, a system file a
        // hand-edited vm.json names) is never offered; one another VM uses is shown, and kept.
        if (!insideVmFolder && !usedBy.length && st) {
          const allowed = await checkVmFile(file, 'disk-readonly', { paths: this.ctx.paths, vmId: id, others, field: 'deleteFiles' }).then(
            () => true,
            () => false,
          );
          if (!allowed) return null;
        }
        return { path: file, insideVmFolder, sizeBytes: st?.size ?? null, usedBy };
      }),
    );
    return { files: files.filter((f): f is DeletionFile => f !== null) };
  }

  async remove({ id, deleteFiles, forceOff }: ParsedArgOf<'remove'>): Promise<{ kept: string[]; keptIn: string | null }> {
    return this.ctx.exclusive(id, async () => {
      const s = await this.ctx.parts.store.read(id);
      await this.stopQemu(id, s.config !== null, forceOff ?? false);
      const { files } = await this.plan({ id });
      const unknown = deleteFiles.find((f) => !files.some((x) => x.path === f));
      if (unknown) throw new ApiError('invalid', says('engine:deletion.notAFile', { file: unknown }), { field: 'deleteFiles' });
      const needed = files.find((f) => deleteFiles.includes(f.path) && f.usedBy.length);
      if (needed) {
        const users = needed.usedBy.join(', ');
        throw new ApiError('conflict', says('engine:deletion.usedBy', { file: needed.path, users }), { field: 'deleteFiles' });
      }
      for (const f of deleteFiles) await fs.rm(f, { force: true });

      // Disks kept inside the VM's folder stay, in a folder renamed so it no longer counts as a VM,
      // with the definition beside them: nothing the user did not tick is lost.
      const dir = this.ctx.vmDir(id);
      const kept = files.filter((f) => !deleteFiles.includes(f.path)).map((f) => f.path);
      let keptIn: string | null = null;
      if (kept.some((f) => path.dirname(f) === dir)) {
        keptIn = path.join(path.dirname(dir), `deleted-${safeFileName(s.config?.name ?? 'vm')}-${id.slice(0, 8)}`);
        await fs.rename(path.join(dir, 'vm.json'), path.join(dir, 'vm.json.deleted')).catch(() => {});
        await fs.rename(dir, keptIn);
      } else {
        await fs.rm(dir, { recursive: true, force: true });
      }
      await fs.rm(runtimeFiles(this.ctx.paths, id).dir, { recursive: true, force: true });
      this.ctx.registry.forget(id);
      this.ctx.parts.emit({ type: 'vm-removed', id });
      return { kept, keptIn };
    });
  }

  /**
   * A linked-clone base nothing builds on any more. Under the lock creation and cloning hold: a linked
   * clone moves its original's disk into bases/ before any definition names it there.
   */
  deleteBase({ path: file }: ParsedArgOf<'deleteBase'>): Promise<{ deleted: string }> {
    return this.ctx.exclusive('create', () =>
      deleteUnusedBase(file, {
        paths: this.ctx.paths,
        disks: () => this.disks.list(),
        unreadableVms: async () => (await this.ctx.registry.list()).filter((s) => !s.config).map((s) => s.id),
      }),
    );
  }

  /** A running VM goes only when the caller confirmed it (forceOff); a broken VM's QEMU likewise. */
  private async stopQemu(id: string, readable: boolean, forceOff: boolean): Promise<void> {
    if (readable) {
      const e = await this.ctx.registry.load(id);
      if (!e.proc.isActive) return;
      if (!forceOff) throw new ApiError('conflict', says('engine:deletion.running'), { field: 'forceOff' });
      await e.proc.forceOff();
      return;
    }
    const files = runtimeFiles(this.ctx.paths, id);
    const pid = await readPidfile(files.pidfile);
    if (pid === null || !isAlive(pid) || !(await isOurQemu(pid, files.qmp))) return;
    if (!forceOff) throw new ApiError('conflict', says('engine:deletion.qemuRuns', { pid }), { field: 'forceOff' });
    process.kill(pid, 'SIGKILL');
  }

  /** Real path of every file other VMs use (their disks and every layer of their chains) -> their names. */
  private async usersOfFiles(id: string): Promise<Map<string, Set<string>>> {
    const users = new Map<string, Set<string>>();
    const add = async (file: string, name: string) => {
      const real = await fileKey(file);
      if (!users.has(real)) users.set(real, new Set());
      users.get(real)!.add(name);
    };
    const others: VmConfig[] = (await this.ctx.registry.configs()).filter((c) => c.id !== id);
    for (const c of others) for (const d of c.disks) await add(diskPath(this.ctx.vmDir(c.id), d.file), c.name);
    for (const e of await this.disks.list()) {
      if (!e.vm || e.vm.id === id) continue;
      for (const layer of e.chain ?? []) await add(layer.path, e.vm.name);
    }
    return users;
  }
}

/** The same file whatever the path to it (links, hard links): its device and inode, else its path. */
const fileKey = async (p: string) => {
  const st = await fs.stat(p).catch(() => null);
  return st ? `${st.dev}:${st.ino}` : path.resolve(p);
};
