// One folder per VM: <data>/vms/<id>/vm.json plus its disks. The folder is named by the VM's id, never
// by its name, so no name can reach outside <data>/vms.
import fs from 'node:fs/promises';
import path from 'node:path';
import { ApiError } from '../../../shared/api.js';
import { says, type Message } from '../../../shared/i18n/index.js';
import type { VmConfig } from '../../../shared/model/index.js';
import { check, describeIssues, vmConfig } from '../../../shared/schemas/index.js';
import type { EnginePaths } from '../paths.js';
import { vmDir, vmsDir } from '../paths.js';
import { writeFileAtomic } from './atomic-write.js';
import { migrateVmJson, MigrationError } from './migrate.js';

/** error: why the VM cannot be used (the list shows it as broken, with this reason and the fix). */
export type StoredVm = { id: string; config: VmConfig } | { id: string; config: null; error: Message };

/** VM folders are named by id; nothing else in <data>/vms is a VM. */
export const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** A creation in progress is built in <data>/vms/.new-<id> (see create); a kill -9 can leave one. */
export const NEW_VM_PREFIX = '.new-';

export class VmStore {
  /**
   * Parsed definitions by id, with the vm.json's mtime and size when read: list() stats every file
   * but parses and validates only those that changed (by VirtDesk or by hand), which keeps a list of
   * hundreds of VMs cheap.
   */
  private readonly cache = new Map<string, { mtimeMs: number; size: number; vm: StoredVm }>();

  constructor(private readonly paths: EnginePaths) {}

  configPath(id: string): string {
    return path.join(vmDir(this.paths, id), 'vm.json');
  }

  /** Every VM folder; an unreadable vm.json becomes an entry with an error instead of failing the list. */
  async list(): Promise<StoredVm[]> {
    let names: string[];
    try {
      names = await fs.readdir(vmsDir(this.paths));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw err;
    }
    // Dot folders are creations in progress (see create); other stray names are not ours.
    const ids = names.filter((n) => UUID_RE.test(n)).sort();
    for (const id of this.cache.keys()) if (!ids.includes(id)) this.cache.delete(id);
    return Promise.all(ids.map((id) => this.read(id)));
  }

  async read(id: string): Promise<StoredVm> {
    const st = await fs.stat(this.configPath(id)).catch(() => null);
    const hit = this.cache.get(id);
    if (st && hit && hit.mtimeMs === st.mtimeMs && hit.size === st.size) return hit.vm;
    const vm = await this.load(id);
    if (st && vm.config) this.cache.set(id, { mtimeMs: st.mtimeMs, size: st.size, vm });
    else this.cache.delete(id);
    return vm;
  }

  private async load(id: string): Promise<StoredVm> {
    const file = this.configPath(id);
    let text: string;
    try {
      text = await fs.readFile(file, 'utf8');
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' && !(await exists(vmDir(this.paths, id)))) {
        throw new ApiError('not-found', says('engine:vm.notFound', { id }), { field: 'id' });
      }
      return { id, config: null, error: says('engine:store.unreadable', { file, code: code ?? (err as Error).message }) };
    }
    try {
      const { value, migratedFrom } = migrateVmJson(JSON.parse(text));
      const parsed = check(vmConfig, value);
      // The validator's own sentences, English for now: one line of every issue.
      if (!parsed.ok) throw new MigrationError(says('engine:verbatim', { text: describeIssues(parsed.issues).replace(/\n/g, '; ') }));
      if (parsed.value.id !== id) throw new MigrationError(says('engine:store.idMismatch', { id: parsed.value.id }));
      if (migratedFrom !== null) {
        // Keep the old file beside the new one: an upgrade must never lose what the user had.
        await fs.copyFile(file, `${file}.schema${migratedFrom}.bak`);
        await writeFileAtomic(file, serialize(parsed.value));
      }
      return { id, config: parsed.value };
    } catch (err) {
      const why =
        err instanceof SyntaxError
          ? says('engine:store.notJson', { detail: err.message })
          : err instanceof MigrationError
            ? err.said
            : (err as Error).message;
      return { id, config: null, error: says('engine:store.invalid', { file, why }) };
    }
  }

  async write(config: VmConfig): Promise<void> {
    await writeFileAtomic(this.configPath(config.id), serialize(config));
  }

  /**
   * Create a VM folder all at once: everything is made in a hidden temp folder (vm.json, then the
   * disks by makeFiles) and renamed into place only when all of it succeeded.
   */
  async create(config: VmConfig, makeFiles: (dir: string) => Promise<void>): Promise<void> {
    const parent = vmsDir(this.paths);
    // 0700: a VM's folder holds its disks (the guest's data) and is nobody else's business.
    await fs.mkdir(parent, { recursive: true, mode: 0o700 });
    const tmp = path.join(parent, `${NEW_VM_PREFIX}${config.id}`);
    await fs.mkdir(tmp, { mode: 0o700 });
    try {
      await writeFileAtomic(path.join(tmp, 'vm.json'), serialize(config));
      await makeFiles(tmp);
      await fs.rename(tmp, vmDir(this.paths, config.id));
    } catch (err) {
      await fs.rm(tmp, { recursive: true, force: true });
      throw err;
    }
  }
}

const serialize = (c: VmConfig) => `${JSON.stringify(c, null, 2)}\n`;

async function exists(p: string): Promise<boolean> {
  return fs.access(p).then(
    () => true,
    () => false,
  );
}
