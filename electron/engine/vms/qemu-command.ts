// The QEMU command line of a VM on this host, as the engine runs it (or shows it to a person).
import type { VmConfig } from '../../../shared/model/index.js';
import { buildQemuArgs, type ArgvOptions, type QemuCommand } from '../argv/build-args.js';
import { uefiFirmware } from '../create/check-input.js';
import { runtimeFiles } from '../paths.js';
import type { EngineContext } from './context.js';

export async function qemuCommand(ctx: EngineContext, config: VmConfig, options: ArgvOptions = {}): Promise<QemuCommand> {
  const host = await ctx.host();
  const caps = await ctx.caps();
  const argvHost = {
    kvmUsable: host.kvm.usable,
    uefiCode: uefiFirmware(caps)?.code ?? null,
    virtiofsdUsable: host.qemu.virtiofsd !== null,
  };
  return buildQemuArgs(config, argvHost, { vmDir: ctx.vmDir(config.id), run: runtimeFiles(ctx.paths, config.id) }, options);
}
