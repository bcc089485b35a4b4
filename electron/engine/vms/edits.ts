// Changing a VM's definition: the hardware editor's update and "add a new disk". An edit is held to the
// same checks as creation (check-definition.ts), is written under the VM's lock, and reaches a running
// VM at once where QEMU allows (CD-ROM media, the balloon target), else at its next boot.
import fs from 'node:fs/promises';
import path from 'node:path';
import { ApiError, type ParsedArgOf, type UpdateResult } from '../../../shared/api.js';
import { says } from '../../../shared/i18n/index.js';
import type { VmConfig } from '../../../shared/model/index.js';
import { check, describeIssues, vmConfig } from '../../../shared/schemas/index.js';
import { createImage, GiB } from '../img/qemu-img.js';
import { changeMedium } from '../qmp/media.js';
import { planLive } from '../update/plan-update.js';
import { checkDefinition } from './check-definition.js';
import type { EngineContext } from './context.js';
import type { VmEntry } from './registry.js';
import { summarize } from './summary.js';

/** Settings that are only names and notes: a saved VM's guest does not care about them. */
const METADATA = ['name', 'description', 'osId'];

export class Edits {
  constructor(private readonly ctx: EngineContext) {}

  async update({ id, patch }: ParsedArgOf<'update'>): Promise<UpdateResult> {
    return this.ctx.exclusive(id, () => this.apply(id, patch, (f) => `patch.${f}`));
  }

  /** A new empty image in the VM's folder, then an update that adds it; the image goes if the update fails. */
  async addDisk({ id, sizeGiB, format, bus }: ParsedArgOf<'addDisk'>): Promise<UpdateResult> {
    return this.ctx.exclusive(id, async () => {
      const e = await this.ctx.registry.load(id);
      const dir = this.ctx.vmDir(id);
      const taken = new Set(e.config.disks.map((d) => d.file));
      let n = e.config.disks.length;
      const name = () => `disk${n}.${format === 'qcow2' ? 'qcow2' : 'img'}`;
      while (taken.has(name()) || (await exists(path.join(dir, name())))) n++;
      const file = name();
      await createImage(await this.ctx.img(), path.join(dir, file), format, Math.round((sizeGiB * GiB) / 512) * 512);
      try {
        const disks = [...e.config.disks, { file, format, bus, cache: 'default' as const, readOnly: false }];
        return await this.apply(id, { disks }, (f) => (f.startsWith('disks.') ? 'sizeGiB' : f));
      } catch (err) {
        await fs.rm(path.join(dir, file), { force: true }); // nothing half-done
        throw err;
      }
    });
  }

  /** Under the VM's lock: check the patched definition, store it, and apply what can be applied live. */
  private async apply(id: string, patch: Partial<VmConfig>, field: (configPath: string) => string): Promise<UpdateResult> {
    const e = await this.ctx.registry.load(id);
    const before = e.config;
    const hardware = Object.keys(patch).filter((k) => !METADATA.includes(k));
    if (e.saved && hardware.length) {
      throw new ApiError('conflict', says('engine:vm.savedHardware'));
    }
    const merged = check(vmConfig, { ...before, ...patch });
    if (!merged.ok) {
      const issues = merged.issues.map((i) => ({ ...i, path: field(i.path) }));
      throw new ApiError('invalid', describeIssues(issues), { field: issues[0]?.path, issues });
    }
    const next = merged.value;
    const others = (await this.ctx.registry.configs()).filter((c) => c.id !== id);
    await checkDefinition(next, before, {
      host: await this.ctx.host(),
      caps: await this.ctx.caps(),
      others,
      paths: this.ctx.paths,
      img: await this.ctx.img(),
      field,
    });
    await this.ctx.writeConfig(next);
    const appliedLive = await this.applyLive(e, next);
    const vm = appliedLive.length ? this.ctx.changed(e) : summarize(e); // writeConfig told the clients already
    return { vm, pendingRestart: summarize(e).status.pendingRestart ?? [], appliedLive };
  }

  /** CD-ROM media and the balloon target reach a running guest at once. */
  private async applyLive(e: VmEntry, next: VmConfig): Promise<string[]> {
    const qmp = e.proc.isActive ? e.proc.qmpClient : null;
    const running = e.startedWith;
    if (!qmp || !running) return [];
    const live = planLive(running, next);
    const applied: string[] = [];
    for (const i of live.cdroms) {
      await changeMedium(qmp, i, next.cdroms[i]!.file);
      running.cdroms[i] = { ...next.cdroms[i]! };
      applied.push(`cdroms.${i}`);
    }
    if (live.balloonMiB !== null) {
      await qmp.execute('balloon', { value: live.balloonMiB * 2 ** 20 });
      running.currentMemoryMiB = next.currentMemoryMiB;
      applied.push('currentMemoryMiB');
    }
    return applied;
  }
}

const exists = (p: string) =>
  fs.access(p).then(
    () => true,
    () => false,
  );
