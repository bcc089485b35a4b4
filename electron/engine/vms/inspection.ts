// What VirtDesk can show about a VM without changing it: its QEMU command line, a script that runs it
// without VirtDesk, and its recent statistics.
import type { ParsedArgOf } from '../../../shared/api.js';
import { says } from '../../../shared/i18n/index.js';
import type { ArgExplanation, VmStatsHistory } from '../../../shared/model/index.js';
import { QEMU_SYSTEM } from '../argv/build-args.js';
import { explainArgs } from '../argv/explain-args.js';
import { exportScript } from '../argv/export-script.js';
import { formatCommand } from '../argv/shell-quote.js';
import { VIRTIOFSD, virtiofsdCommands } from '../argv/shared-folder-args.js';
import { runtimeFiles } from '../paths.js';
import { assertExtraArgs } from '../policy/index.js';
import type { EngineContext } from './context.js';
import { safeFileName } from './file-names.js';
import { qemuCommand } from './qemu-command.js';

export class Inspection {
  constructor(private readonly ctx: EngineContext) {}

  async commandLine({ id }: ParsedArgOf<'commandLine'>): Promise<{ text: string; explained: ArgExplanation[] }> {
    const { config } = await this.ctx.registry.load(id);
    const { argv } = await qemuCommand(this.ctx, config);
    // QEMU connects to each virtiofs share's virtiofsd: the command shows them first, as run in the background.
    const { virtiofsd } = (await this.ctx.host()).qemu;
    const daemons = virtiofsdCommands(config, { virtiofsdUsable: virtiofsd !== null }, runtimeFiles(this.ctx.paths, id).dir);
    const text = [...daemons.map((d) => `${formatCommand(virtiofsd ?? VIRTIOFSD, d.argv)} &`), formatCommand(QEMU_SYSTEM, argv)].join('\n');
    return { text, explained: explainArgs(argv) };
  }

  async exportScript({ id }: ParsedArgOf<'exportScript'>): Promise<{ fileName: string; script: string }> {
    const { config } = await this.ctx.registry.load(id);
    // The script runs without VirtDesk, so nothing would check these at start: refuse bad ones now.
    assertExtraArgs(config.extraArgs);
    const script = exportScript(config, await this.ctx.host(), await this.ctx.caps(), this.ctx.vmDir(id));
    return { fileName: `${safeFileName(config.name)}.sh`, script };
  }

  async statsHistory({ id }: ParsedArgOf<'statsHistory'>): Promise<VmStatsHistory> {
    const { config } = await this.ctx.registry.load(id);
    const user = config.nics.some((n) => n.network.mode === 'user');
    return {
      samples: this.ctx.parts.monitor.sampler.history(id),
      note: user ? says('engine:stats.noNetCounters') : null,
    };
  }
}
