// New VMs: the wizard's preview and create, clones, and what the wizard asks about its media (OS
// detection, image details). Creation is serialised ('create' lock) so two requests cannot both pass
// the duplicate-name and MAC checks.
import type { CreatePreview, DetectedOs, ImageDetails, OsInfo, ParsedArgOf, VmSummary } from '../../../shared/api.js';
import { QEMU_SYSTEM } from '../argv/build-args.js';
import { formatCommand, shellQuote } from '../argv/shell-quote.js';
import { cloneVm as makeClone, type CloneHost } from '../clone/clone-vm.js';
import { stepArgs } from '../create/plan-create.js';
import { prepareCreate, type CreateInput } from '../create/prepare-create.js';
import { runSteps } from '../create/run-steps.js';
import { imageInfo } from '../img/qemu-img.js';
import { detectOs } from '../os/detect-os.js';
import { GENERIC_OS, OS_CATALOG, osInfo } from '../os/os-catalog.js';
import { basesDir } from '../paths.js';
import { checkVmFile, checkImportImage } from '../policy/index.js';
import type { EngineContext } from './context.js';
import { qemuCommand } from './qemu-command.js';
import { requireAllowed } from './allowed.js';
import { checkStoredFiles } from './check-definition.js';

export class Creation {
  constructor(private readonly ctx: EngineContext) {}

  async create(input: CreateInput): Promise<VmSummary> {
    return this.ctx.exclusive('create', async () => {
      const { plan } = await this.prepare(input);
      const img = await this.ctx.img();
      const meta = { vmId: null, vmName: plan.config.name, title: 'Creating the VM', cancellable: false };
      await this.ctx.tasks.run(meta, (task) =>
        this.ctx.parts.store.create(plan.config, (dir) =>
          runSteps(img, dir, plan.steps, (title, percent) => task.progress(percent, title)),
        ),
      );
      return this.ctx.changed(this.ctx.registry.admit({ id: plan.config.id, config: plan.config }));
    });
  }

  async previewCreate(input: CreateInput): Promise<CreatePreview> {
    const { plan, warnings } = await this.prepare(input);
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
      warnings: [...warnings, ...cmd.warnings],
    };
  }

  async detectOs({ isoPath }: ParsedArgOf<'detectOs'>): Promise<DetectedOs> {
    await checkVmFile(isoPath, 'cdrom', { paths: this.ctx.paths, vmId: null, others: await this.ctx.registry.configs(), field: 'isoPath' });
    const found = await detectOs(isoPath);
    return { os: osInfo(found.os), source: found.source, volumeId: found.volumeId };
  }

  async osList(): Promise<OsInfo[]> {
    return [...OS_CATALOG, GENERIC_OS].map(osInfo);
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

  private async prepare(input: CreateInput) {
    return prepareCreate(input, {
      host: await this.ctx.host(),
      caps: await this.ctx.caps(),
      existing: await this.ctx.registry.configs(),
      paths: this.ctx.paths,
    });
  }

  private cloneHost(): CloneHost {
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
