// create: the New VM wizard's input (CreateVmInput) from flags, from a JSON file, or both (the flags
// override the file). The engine checks it with the wizard's own schema; what it refuses comes back
// naming the field, in the reader's language (exit-status.ts).
import fs from 'node:fs';
import { ApiError } from '../../../shared/api.js';
import type { FieldIssue } from '../../../shared/schemas/issues.js';
import path from 'node:path';
import type { CreateVmInput } from '../../../shared/api.js';
import { says, tr } from '../../../shared/i18n/index.js';
import { stringOption, UsageError, wholeNumber, type ParsedCommand } from '../command-line.js';
import type { Command } from '../command-kit.js';

/** The flag behind each field of the input, so that a refusal names what the person typed. */
const FLAG_OF: Readonly<Record<string, string>> = {
  name: '--name',
  description: '--description',
  memoryMiB: '--memory',
  cpus: '--cpus',
  accel: '--accel',
  osId: '--os',
  display: '--display',
  consoleDevice: '--console',
  'source.isoPath': '--iso',
  'source.kernel': '--kernel',
  'source.initrd': '--initrd',
  'source.append': '--append',
  'source.path': '--import',
  'storage.sizeGiB': '--disk-size',
  'network.mode': '--network',
};

/** A refused input with each field shown as "--memory (memoryMiB)"; any other error as it is. */
export function withFlags(err: unknown): unknown {
  if (!(err instanceof ApiError) || err.code !== 'invalid') return err;
  const details = err.details as { issues?: FieldIssue[] } | undefined;
  if (!Array.isArray(details?.issues)) return err;
  const issues = details.issues.map((i) => (FLAG_OF[i.path] ? { ...i, path: `${FLAG_OF[i.path]} (${i.path})` } : i));
  return ApiError.from({ ...err.toJSON(), details: { ...details, issues } });
}

/** What a VM made from flags alone gets when a flag is left out. */
const DEFAULTS = { memoryMiB: 1024, cpus: 1, accel: 'auto', network: { mode: 'user' } } as const;
const DEFAULT_DISK_GIB = 20;

function readInputFile(file: string): Record<string, unknown> {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw new UsageError(says('cli:usage.readFile', { file, cause: (err as Error).message }));
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new UsageError(says('cli:usage.notJson', { file, cause: (err as Error).message }));
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new UsageError(says('cli:usage.notJson', { file, cause: Array.isArray(value) ? 'array' : typeof value }));
  }
  return value as Record<string, unknown>;
}

/** Pure: the input the flags describe, over the file's (paths made absolute from the working folder). */
export function createInput(options: ParsedCommand['options'], file: Record<string, unknown> | null, cwd = process.cwd()): CreateVmInput {
  const opt = (name: string) => stringOption(options, name);
  const abs = (p: string) => path.resolve(cwd, p);
  const sources = ['iso', 'kernel', 'import'].filter((s) => opt(s) !== undefined);
  if (sources.length > 1) throw new UsageError(says('cli:usage.oneSource'));
  const given: Record<string, unknown> = {};
  const set = (key: string, value: unknown) => value !== undefined && (given[key] = value);
  set('name', opt('name'));
  set('description', opt('description'));
  set('memoryMiB', wholeNumber(options, 'memory'));
  set('cpus', wholeNumber(options, 'cpus'));
  set('accel', opt('accel'));
  set('osId', opt('os'));
  set('display', opt('display'));
  set('consoleDevice', opt('console'));
  const iso = opt('iso');
  const kernel = opt('kernel');
  const imported = opt('import');
  if (iso !== undefined) set('source', { kind: 'iso', isoPath: abs(iso) });
  if (kernel !== undefined) {
    const initrd = opt('initrd');
    set('source', { kind: 'kernel', kernel: abs(kernel), initrd: initrd === undefined ? null : abs(initrd), append: opt('append') ?? '' });
  }
  if (imported !== undefined) set('source', { kind: 'import', path: abs(imported), mode: 'convert' });
  if (options['no-disk']) set('storage', { kind: 'none' });
  const size = wholeNumber(options, 'disk-size');
  if (size !== undefined) set('storage', { kind: 'new', sizeGiB: size, format: 'qcow2' });
  if (opt('network') !== undefined) set('network', { mode: opt('network') });
  const base: Record<string, unknown> = { ...DEFAULTS, ...file, ...given };
  // An imported image is the VM's disk; any other source gets a new empty one unless told otherwise.
  base.storage ??=
    (base.source as { kind?: string } | undefined)?.kind === 'import'
      ? { kind: 'none' }
      : { kind: 'new', sizeGiB: DEFAULT_DISK_GIB, format: 'qcow2' };
  return base as CreateVmInput;
}

export const createCommand: Command = {
  name: 'create',
  args: [],
  options: {
    from: 'string',
    name: 'string',
    description: 'string',
    memory: 'string',
    cpus: 'string',
    accel: 'string',
    os: 'string',
    display: 'string',
    console: 'string',
    iso: 'string',
    kernel: 'string',
    initrd: 'string',
    append: 'string',
    import: 'string',
    'disk-size': 'string',
    'no-disk': 'boolean',
    network: 'string',
  },
  async run(ctx) {
    const from = stringOption(ctx.options, 'from');
    const input = createInput(ctx.options, from === undefined ? null : readInputFile(path.resolve(from)));
    const vm = await (await ctx.session()).api.create(input).catch((err: unknown) => {
      throw withFlags(err);
    });
    return { json: vm, text: `${tr(ctx.i18n, says('cli:done.create', { name: vm.name, id: vm.id }))}\n` };
  },
};
