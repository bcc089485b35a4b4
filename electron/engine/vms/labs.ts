// Labs: making N linked clones of a stopped VM on one private network (../labs/), previewing it, and
// deleting the whole lab. Making holds the source's lock and the creation lock, like a clone; deleting
// goes VM by VM through Deletion.remove, the guard that never deletes a file another VM uses (the base
// the lab's overlays and the source build on is outside their folders and stays).
import fs from 'node:fs/promises';
import type { ParsedArgOf, VmSummary } from '../../../shared/api.js';
import { ApiError } from '../../../shared/api.js';
import { says, type Message } from '../../../shared/i18n/index.js';
import type { LabPreview } from '../../../shared/schemas/lab-methods.js';
import { refusal } from '../../../shared/vm-actions.js';
import { cloneBlockers, snapshotBlockers } from '../clone/clone-blockers.js';
import { diskPath } from '../disks/disk-files.js';
import { baseCommands, cloneCommands } from '../labs/lab-commands.js';
import { createLab, labVmInputs, type LabHost } from '../labs/create-lab.js';
import { labRefusals, planLab, type LabInput } from '../labs/plan-lab.js';
import { basesDir } from '../paths.js';
import { list } from '../policy/messages.js';
import { checkStoredFiles } from './check-definition.js';
import type { EngineContext } from './context.js';
import type { Deletion } from './deletion.js';
import type { VmEntry } from './registry.js';
import { summarize } from './summary.js';

export class Labs {
  constructor(
    private readonly ctx: EngineContext,
    private readonly deletion: Deletion,
    private readonly cloneHost: () => Omit<LabHost, 'discard'>,
  ) {}

  async previewLab(arg: ParsedArgOf<'previewLab'>): Promise<LabPreview> {
    const src = await this.ctx.registry.load(arg.id);
    const input = labInput(arg);
    const all = await this.ctx.registry.configs();
    const srcDir = this.ctx.vmDir(src.id);
    const bases = baseCommands(src.config, { srcDir, basesDir: basesDir(this.ctx.paths), vmDir: (id) => this.ctx.vmDir(id) });
    const plans = planLab(src.config, input, bases.paths, labVmInputs(all, src.config, input));
    // The folders have random names: the preview names each by its VM.
    const clones = cloneCommands(plans, (id) => this.ctx.vmDir(`<${plans.find((p) => p.config.id === id)!.config.name}>`));
    const blockers = [...(await this.sourceBlockers(src)), ...labRefusals(input, all)];
    return { vms: plans.map((p) => ({ name: p.config.name, nics: p.config.nics })), commands: [...bases.commands, ...clones], blockers };
  }

  async createLab(arg: ParsedArgOf<'createLab'>): Promise<VmSummary[]> {
    return this.ctx.exclusive(arg.id, () =>
      this.ctx.exclusive('create', async () => {
        const src = await this.ctx.registry.load(arg.id);
        const why = refusal('clone', summarize(src).status);
        if (why) throw new ApiError('conflict', says('labs:refuse.source', { vm: src.config.name, reason: why }), { field: 'id' });
        const others = (await this.ctx.registry.configs()).filter((c) => c.id !== src.id);
        await checkStoredFiles(src.config, { others, paths: this.ctx.paths, img: await this.ctx.img() }, 'clone');
        const configs = await createLab({ ...this.cloneHost(), discard: (id) => this.discard(id) }, src.config, labInput(arg));
        return configs.map((config) => this.ctx.changed(this.ctx.registry.admit({ id: config.id, config })));
      }),
    );
  }

  async deleteLab({ lab, forceOff }: ParsedArgOf<'deleteLab'>): Promise<{ deleted: string[]; keptIn: string[] }> {
    const members = (await this.ctx.registry.configs()).filter((c) => c.lab === lab).sort((a, b) => byNumber.compare(a.name, b.name));
    if (!members.length) throw new ApiError('not-found', says('labs:delete.none', { lab }), { field: 'lab' });
    // Checked for all before any goes: a lab is deleted whole or not at all.
    const running = [];
    for (const c of members) if ((await this.ctx.registry.load(c.id)).proc.isActive) running.push(c.name);
    if (running.length && !forceOff) {
      throw new ApiError('conflict', says('labs:delete.running', { count: running.length, vms: list(running) }), { field: 'forceOff' });
    }
    const deleted: string[] = [];
    const keptIn: string[] = [];
    for (const c of members) {
      // Only the files in the VM's own folder that no other VM uses; remove() checks that again itself.
      const { files } = await this.deletion.plan({ id: c.id });
      const deleteFiles = files.filter((f) => f.insideVmFolder && !f.usedBy.length).map((f) => f.path);
      const res = await this.deletion.remove({ id: c.id, deleteFiles, forceOff });
      if (res.keptIn) keptIn.push(res.keptIn);
      deleted.push(c.name);
    }
    return { deleted, keptIn };
  }

  /** What stops the source from being a lab's base now: its state, its files, internal snapshots. */
  private async sourceBlockers(src: VmEntry): Promise<Message[]> {
    const others = (await this.ctx.registry.configs()).filter((c) => c.id !== src.id);
    const img = await this.ctx.img();
    const paths = src.config.disks.map((d) => diskPath(this.ctx.vmDir(src.id), d.file));
    const why = refusal('clone', summarize(src).status);
    const { linked } = await cloneBlockers({
      state: why && says('labs:refuse.source', { vm: src.config.name, reason: why }),
      files: () => checkStoredFiles(src.config, { others, paths: this.ctx.paths, img }, 'clone'),
      snapshots: () => snapshotBlockers(img, src.config, paths),
    });
    return linked;
  }

  /** A lab VM made before a later one failed: its folder goes, and the engine forgets it if it had seen it. */
  private async discard(id: string): Promise<void> {
    await fs.rm(this.ctx.vmDir(id), { recursive: true, force: true });
    this.ctx.registry.forget(id);
    this.ctx.parts.emit({ type: 'vm-removed', id });
  }
}

/** lab-2 before lab-10. */
const byNumber = new Intl.Collator('en', { numeric: true });

const labInput = (a: ParsedArgOf<'previewLab'>): LabInput => ({ lab: a.lab, count: a.count, keepNat: a.keepNat ?? false });
