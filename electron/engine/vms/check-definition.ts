// Every check a VM definition must pass before it is stored, whether it comes from the wizard (create),
// the hardware editor (update), a clone or a remedy: the host's limits, this QEMU's machine types and
// CPU models, the files it names (through the policy), its ports, MACs and bridges, and its extra QEMU
// arguments. One function, so an edit can never skip what creation checks. Only what changed is held to
// the host of today (a VM made on a bigger host keeps its memory until someone edits it).
import fs from 'node:fs/promises';
import { ApiError } from '../../../shared/api.js';
import { says, type Message, type Param } from '../../../shared/i18n/index.js';
import { issueMessage } from '../../../shared/schemas/issues.js';
import type { HostInfo, QemuCapabilities, VmConfig } from '../../../shared/model/index.js';
import { hostLimitIssues } from '../../../shared/schemas/index.js';
import { checkBridges, checkMachine, checkMacs } from '../create/check-input.js';
import { forwardClashes, tcpPortFree, udpPortFree } from '../net/port-check.js';
import { checkExtraArgs } from '../policy/extra-args.js';
import { checkDiskImage, checkVmFile } from '../policy/index.js';
import { changedFields } from '../update/plan-update.js';
import { diskPath } from '../disks/disk-files.js';
import { causeOf, saidBy } from '../engine-messages.js';
import { vmDir, type EnginePaths } from '../paths.js';

export interface DefinitionContext {
  host: HostInfo;
  caps: QemuCapabilities | null;
  /** Every other VM's definition. */
  others: VmConfig[];
  paths: EnginePaths;
  img: string;
  /** Config path ("cdroms.0.file") -> the caller's input path ("source.isoPath", "patch.cdroms.0.file"). */
  field: (configPath: string) => string;
  /** Files in the VM's folder that creation is about to make (they do not exist yet). */
  made?: string[];
}

/** Throws the first problem as an ApiError naming the field, the cause and the fix. */
export async function checkDefinition(next: VmConfig, before: VmConfig | null, ctx: DefinitionContext): Promise<void> {
  const changed = new Set<string>(before ? changedFields(before, next) : Object.keys(next));
  const at = async (configPath: string, check: () => unknown) => {
    try {
      await check();
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      const details = (typeof err.details === 'object' && err.details !== null ? err.details : {}) as { field?: string };
      // The policy may have named a closer field already (a disk's format rather than its file).
      throw new ApiError(err.code, saidBy(err), { ...details, field: details.field ?? ctx.field(configPath) });
    }
  };
  const fail = (configPath: string, problem: Param, code: 'invalid' | 'conflict' = 'invalid') => {
    throw new ApiError(code, says('engine:check.fieldProblem', { field: ctx.field(configPath), problem }), {
      field: ctx.field(configPath),
    });
  };

  if (changed.has('name')) {
    const clash = ctx.others.find((c) => c.name.toLowerCase() === next.name.toLowerCase());
    if (clash) fail('name', says('engine:check.nameTaken', { name: clash.name }), 'conflict');
  }
  const limits = hostLimitIssues(
    { memoryMiB: changed.has('memoryMiB') ? next.memoryMiB : undefined, cpus: changed.has('cpus') ? next.cpus : undefined },
    ctx.host,
  );
  for (const issue of limits) fail(issue.path, issueMessage(issue));
  if (changed.has('machine')) await at('machine', () => checkMachine(next.machine, ctx.caps));
  if (changed.has('cpuModel') && next.cpuModel) checkCpuModel(next, ctx, fail);

  // Each message names the argument itself ("Extra argument 2 (\"-qmp\"): ...").
  const argProblems = checkExtraArgs(next.extraArgs);
  if (argProblems[0]) throw new ApiError('invalid', argProblems[0].message, { field: ctx.field(`extraArgs.${argProblems[0].index}`) });

  await checkFiles(next, before, ctx, at);

  await at('nics', () => checkMacs(next, ctx.others));
  await checkPorts(next, before, ctx, fail);
  if (changed.has('nics')) await at('nics', () => checkBridges(next));
}

/** An issue of the validator (shared/schemas) as a sentence: its Message where it carries a key. */

function checkCpuModel(next: VmConfig, ctx: DefinitionContext, fail: (p: string, m: Message) => never): void {
  const model = next.cpuModel!.split(',')[0]!;
  if (model === 'host' && next.accel === 'tcg') fail('cpuModel', says('engine:check.hostCpu'));
  if (!ctx.caps || model === 'host' || model === 'max') return;
  if (!ctx.caps.cpus.some((c) => c.name === model)) {
    fail('cpuModel', says('engine:check.unknownCpu', { version: ctx.caps.version, model }));
  }
}

/**
 * The files a definition names, through the policy: new or changed ones only (a CD-ROM image deleted
 * since does not block a rename; Start checks everything again). The same image twice, even through
 * different paths or links, is refused.
 */
async function checkFiles(
  next: VmConfig,
  before: VmConfig | null,
  ctx: DefinitionContext,
  at: (p: string, f: () => unknown) => Promise<void>,
) {
  const policy = (configPath: string) => ({ paths: ctx.paths, vmId: next.id, others: ctx.others, field: ctx.field(configPath) });
  const seen = new Map<string, number>();
  for (const [i, d] of next.disks.entries()) {
    const field = `disks.${i}.file`;
    const same = before?.disks.some((b) => b.file === d.file && b.format === d.format && b.readOnly === d.readOnly);
    if (!same && !ctx.made?.includes(d.file)) {
      await at(field, () => checkDiskImage(ctx.img, d, { ...policy(field), formatField: ctx.field(`disks.${i}.format`) }));
    }
    const real = await fs.realpath(diskPath(vmDir(ctx.paths, next.id), d.file)).catch(() => d.file);
    const twin = seen.get(real);
    if (twin !== undefined) {
      await at(field, () => {
        throw new ApiError('invalid', says('engine:check.sameFile', { file: d.file, n: twin + 1, other: next.disks[twin]!.file }));
      });
    }
    seen.set(real, i);
  }
  const beforeCds = before?.cdroms.map((c) => c.file) ?? [];
  for (const [i, cd] of next.cdroms.entries()) {
    const field = `cdroms.${i}.file`;
    if (cd.file && !beforeCds.includes(cd.file)) await at(field, () => checkVmFile(cd.file!, 'cdrom', policy(field)));
  }
  if (next.kernel && next.kernel.kernel !== before?.kernel?.kernel) {
    await at('kernel.kernel', () => checkVmFile(next.kernel!.kernel, 'kernel', policy('kernel.kernel')));
  }
  if (next.kernel?.initrd && next.kernel.initrd !== before?.kernel?.initrd) {
    await at('kernel.initrd', () => checkVmFile(next.kernel!.initrd!, 'initrd', policy('kernel.initrd')));
  }
  for (const [i, share] of next.sharedFolders.entries()) {
    const field = `sharedFolders.${i}.hostPath`;
    const same = before?.sharedFolders.some((b) => b.hostPath === share.hostPath && b.readOnly === share.readOnly);
    if (!same)
      await at(field, () => checkVmFile(share.hostPath, share.readOnly ? 'shared-folder-readonly' : 'shared-folder', policy(field)));
  }
}

/** Forwards clash with other VMs' (always), and new ones with what listens on this host now. */
async function checkPorts(
  next: VmConfig,
  before: VmConfig | null,
  ctx: DefinitionContext,
  fail: (p: string, m: Message, c?: 'invalid' | 'conflict') => never,
) {
  const forwardsOf = (c: VmConfig | null) =>
    (c?.nics ?? []).flatMap((n, nic) =>
      n.network.mode === 'user' ? n.network.forwards.map((f, i) => ({ f, path: `nics.${nic}.network.forwards.${i}.hostPort` })) : [],
    );
  const old = forwardsOf(before).map(({ f }) => `${f.proto}:${f.hostPort}`);
  const others = ctx.others.map((o) => ({ vmName: o.name, forwards: forwardsOf(o).map(({ f }) => f) }));
  for (const { f, path } of forwardsOf(next)) {
    const clash = forwardClashes([f], others)[0];
    if (clash) fail(path, says('engine:check.portClash', { clash }), 'conflict');
    if (old.includes(`${f.proto}:${f.hostPort}`)) continue; // its own QEMU may hold it right now
    const free = f.proto === 'tcp' ? await tcpPortFree(f.hostPort) : await udpPortFree(f.hostPort);
    if (!free) fail(path, says('engine:check.portBusy', { port: f.hostPort, proto: f.proto }), 'conflict');
  }
}

type StoredContext = Omit<DefinitionContext, 'host' | 'caps' | 'field'>;

/** A stored definition's files (every disk and its backing chain, CD-ROMs, kernel), as `what` needs them. */
export async function checkStoredFiles(config: VmConfig, ctx: StoredContext, what: 'start' | 'clone'): Promise<void> {
  const full = { ...ctx, host: null as never, caps: null, field: (p: string) => p };
  await checkFiles(config, null, full, async (configPath, check) => {
    try {
      await check();
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      throw new ApiError(err.code, cannot(what, causeOf(err)), { ...(err.details as object), field: configPath });
    }
  });
}

/**
 * Before QEMU starts: every file the VM names (backing chains included), its extra arguments and its
 * forwarded ports, again - the files may have changed since the definition was stored.
 */
export async function checkRunnable(config: VmConfig, ctx: StoredContext): Promise<void> {
  const problems = checkExtraArgs(config.extraArgs);
  if (problems[0]) throw new ApiError('invalid', cannot('start', problems[0].message), { field: `extraArgs.${problems[0].index}` });
  await checkStoredFiles(config, ctx, 'start');
  const full = { ...ctx, host: null as never, caps: null, field: (p: string) => p };
  await checkPorts(config, null, full, (p, m, code = 'conflict') => {
    throw new ApiError(code, cannot('start', says('engine:check.fieldProblem', { field: p, problem: m })), { field: p });
  });
}

/** "Cannot start: <why>", "Cannot clone: <why>". */
const cannot = (what: 'start' | 'clone', cause: Param): Message =>
  says('engine:cannot.because', { cannot: says(`engine:cannot.${what}`), cause });
