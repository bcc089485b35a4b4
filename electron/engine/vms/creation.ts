// New VMs: the wizard's step checks, review and create, clones, and what the wizard asks about its
// media (OS detection, image details). Creation is serialised ('create' lock) so two requests cannot
// both pass the duplicate-name and MAC checks.
import type { CreatePreview, DetectedOs, ImageDetails, OsInfo, ParsedArgOf, VmSummary } from '../../../shared/api.js';
import { says } from '../../../shared/i18n/index.js';
import type { CloneBlockers, CreateReview, CreateStepCheck } from '../../../shared/schemas/wizard-methods.js';
import { refusal } from '../../../shared/vm-actions.js';
import { QEMU_SYSTEM } from '../argv/build-args.js';
import { explainArgs } from '../argv/explain-args.js';
import { formatCommand, shellQuote } from '../argv/shell-quote.js';
import { cloneBlockers, snapshotBlockers } from '../clone/clone-blockers.js';
import { cloneVm as makeClone, type CloneHost } from '../clone/clone-vm.js';
import { checkCreateStep } from '../create/check-step.js';
import { stepArgs } from '../create/plan-create.js';
import { prepareCreate, type CreateInput } from '../create/prepare-create.js';
import { runSteps } from '../create/run-steps.js';
import { suggestHostPort } from '../create/suggest-port.js';
import { diskPath } from '../disks/disk-files.js';
import { imageInfo } from '../img/qemu-img.js';
import { detectOs } from '../os/detect-os.js';
import { osInfo } from '../os/os-catalog.js';
import { loadOsCatalog } from '../os/os-database.js';
import { basesDir } from '../paths.js';
import { checkVmFile, checkImportImage } from '../policy/index.js';
import type { EngineContext } from './context.js';
import { qemuCommand } from './qemu-command.js';
import { requireAllowed } from './allowed.js';
import { checkStoredFiles } from './check-definition.js';
import { summarize } from './summary.js';

export class Creation {
  constructor(private readonly ctx: EngineContext) {}

  async create(input: CreateInput): Promise<VmSummary> {
    return this.ctx.exclusive('create', async () => {
      const { plan } = await this.prepare(input);
      const img = await this.ctx.img();
      const meta = { vmId: null, vmName: plan.config.name, title: says('engine:task.creating'), cancellable: false };
      await this.ctx.tasks.run(meta, (task) =>
        this.ctx.parts.store.create(plan.config, (dir) =>
          runSteps(img, dir, plan.steps, (title, percent) => task.progress(percent, title)),
        ),
      );
      return this.ctx.changed(this.ctx.registry.admit({ id: plan.config.id, config: plan.config }));
    });
  }

  /** What create() would make of this input, with every disk's size; nothing is written. */
  async reviewCreate(input: CreateInput): Promise<CreateReview> {
    const { plan, warnings, disks } = await this.prepare(input);
    const dir = this.ctx.vmDir(plan.config.id);
    const imgCommands = plan.steps.flatMap((step) => {
      const argv = stepArgs(step, dir);
      return argv
        ? [formatCommand('qemu-img', argv)]
        : [`cp ${shellQuote(step.kind === 'copy' ? step.src : '')} ${shellQuote(`${dir}/${step.file}`)}`];
    });
    const cmd = await qemuCommand(this.ctx, plan.config);
    return {
      config: plan.config,
      commands: [...imgCommands, formatCommand(QEMU_SYSTEM, cmd.argv)],
      explained: explainArgs(cmd.argv),
      warnings: [...warnings, ...cmd.warnings],
      disks,
    };
  }

  /** The review without the sizes (the older method; the same plan). */
  async previewCreate(input: CreateInput): Promise<CreatePreview> {
    return this.reviewCreate(input);
  }

  async checkCreateStep(arg: ParsedArgOf<'checkCreateStep'>): Promise<CreateStepCheck> {
    return checkCreateStep(arg, await this.prepareDeps());
  }

  async suggestHostPort(arg: ParsedArgOf<'suggestHostPort'>): Promise<{ hostPort: number }> {
    return suggestHostPort(arg, await this.ctx.registry.configs());
  }

  async detectOs({ isoPath }: ParsedArgOf<'detectOs'>): Promise<DetectedOs> {
    await checkVmFile(isoPath, 'cdrom', { paths: this.ctx.paths, vmId: null, others: await this.ctx.registry.configs(), field: 'isoPath' });
    const found = await detectOs(isoPath, await loadOsCatalog());
    // Found in the ISO's files, not its label: the API's "label" with no label to show ("from the ISO").
    if (found.source === 'content') return { os: osInfo(found.os), source: 'label', volumeId: null };
    return { os: osInfo(found.os), source: found.source, volumeId: found.volumeId };
  }

  /** libosinfo's OSes (where osinfo-db is installed) and VirtDesk's own, in the order the wizard lists them. */
  async osList(): Promise<OsInfo[]> {
    return (await loadOsCatalog()).list.map(osInfo);
  }

  async inspectImage({ path: file }: ParsedArgOf<'inspectImage'>): Promise<ImageDetails> {
    const img = await this.ctx.img();
    // Inspecting only reads: the import rule, not the rule of a disk used in place.
    await checkImportImage(img, file, 'convert', {
      paths: this.ctx.paths,
      vmId: null,
      others: await this.ctx.registry.configs(),
      field: 'path',
    });
    const info = await imageInfo(img, file, { shared: true });
    return {
      format: info.format,
      virtualSize: info['virtual-size'],
      actualSize: info['actual-size'] ?? null,
      backingFile: info['backing-filename'] ?? null,
    };
  }

  async cloneVm({ id, name, mode }: ParsedArgOf<'cloneVm'>): Promise<VmSummary> {
    return this.ctx.exclusive(id, () =>
      this.ctx.exclusive('create', async () => {
        const src = await this.ctx.registry.load(id);
        requireAllowed('clone', src);
        // The clone reads (full) or builds on (linked) every file of the original: they pass the policy first.
        const others = (await this.ctx.registry.configs()).filter((c) => c.id !== id);
        await checkStoredFiles(src.config, { others, paths: this.ctx.paths, img: await this.ctx.img() }, 'clone');
        const config = await makeClone(this.cloneHost(), src.config, name, mode);
        return this.ctx.changed(this.ctx.registry.admit({ id: config.id, config }));
      }),
    );
  }

  /** What stops a full copy or a linked clone now, found before the person chooses. */
  async cloneBlockers({ id }: ParsedArgOf<'cloneBlockers'>): Promise<CloneBlockers> {
    const src = await this.ctx.registry.load(id);
    const others = (await this.ctx.registry.configs()).filter((c) => c.id !== id);
    const img = await this.ctx.img();
    const paths = src.config.disks.map((d) => diskPath(this.ctx.vmDir(id), d.file));
    return cloneBlockers({
      state: refusal('clone', summarize(src).status),
      files: () => checkStoredFiles(src.config, { others, paths: this.ctx.paths, img }, 'clone'),
      snapshots: () => snapshotBlockers(img, src.config, paths),
    });
  }

  private async prepare(input: CreateInput) {
    return prepareCreate(input, await this.prepareDeps());
  }

  private async prepareDeps() {
    return {
      host: await this.ctx.host(),
      caps: await this.ctx.caps(),
      existing: await this.ctx.registry.configs(),
      paths: this.ctx.paths,
      catalog: await loadOsCatalog(),
    };
  }

  /** What cloning needs of the engine; a lab's clones use it too. */
  cloneHost(): CloneHost {
    return {
      img: () => this.ctx.img(),
      vmDir: (id) => this.ctx.vmDir(id),
      basesDir: basesDir(this.ctx.paths),
      configs: () => this.ctx.registry.configs(),
      writeConfig: async (c) => void (await this.ctx.writeConfig(c)),
      createVm: (c, makeFiles) => this.ctx.parts.store.create(c, makeFiles),
      tasks: this.ctx.tasks,
    };
  }
}
