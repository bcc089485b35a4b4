// What one qemu-system-x86_64 binary offers (machine types, CPU models, devices, accelerators),
// read from its own help output, plus the firmware installed on this host.
//
// The four help commands take a noticeable moment (-device help loads every module), so their parsed
// result is cached per binary in cacheDir. The cache entry is only trusted for the same real path,
// version, file size and mtime, so an upgraded QEMU is read again. Firmware is not cached: it comes
// from other packages (ovmf, seabios) and installing one must show up without a QEMU upgrade; it is
// a handful of stat() calls.
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { ApiError } from '../../../shared/api.js';
import { says, type Message } from '../../../shared/i18n/index.js';
import type { QemuCapabilities } from '../../../shared/model/index.js';
import { run, type RunResult } from '../process/run.js';
import { writeFileAtomic } from '../store/atomic-write.js';
import { findFirmware, type FirmwareSearch } from './firmware.js';
import { parseAccelHelp, parseCpuHelp, parseDeviceHelp, parseMachineHelp } from './qemu-help/index.js';

export interface QemuCapsOptions {
  cacheDir: string;
  /** QEMU's version as the host probe read it ("7.2.22"); part of the cache key. */
  version: string;
  /** Where to look for firmware; tests point this elsewhere. */
  firmware?: Partial<FirmwareSearch>;
}

type HelpCaps = Pick<QemuCapabilities, 'machines' | 'cpus' | 'devices' | 'accelerators'>;

interface CacheKey {
  /** Bumped when the parsers change what they return, so old cache files are read again. */
  format: number;
  realPath: string;
  version: string;
  size: number;
  mtimeMs: number;
}

interface CacheFile {
  key: CacheKey;
  caps: HelpCaps;
}

const CACHE_FORMAT = 1;
const HELP_TIMEOUT_MS = 30_000;

export async function readQemuCapabilities(binary: string, opts: QemuCapsOptions): Promise<QemuCapabilities> {
  const key = await cacheKeyOf(binary, opts.version);
  // One file per binary (not per key): an upgrade overwrites the old entry instead of piling up.
  const digest = crypto.createHash('sha256').update(key.realPath).digest('hex').slice(0, 16);
  const cacheFile = path.join(opts.cacheDir, `qemu-caps-${digest}.json`);
  let caps = await readCache(cacheFile, key);
  if (!caps) {
    caps = await readHelp(binary);
    await fs.mkdir(opts.cacheDir, { recursive: true });
    const entry: CacheFile = { key, caps };
    await writeFileAtomic(cacheFile, `${JSON.stringify(entry, null, 1)}\n`);
  }
  return { binary, version: opts.version, ...caps, firmware: await findFirmware(opts.firmware) };
}

async function cacheKeyOf(binary: string, version: string): Promise<CacheKey> {
  try {
    const realPath = await fs.realpath(binary);
    const st = await fs.stat(realPath);
    return { format: CACHE_FORMAT, realPath, version, size: st.size, mtimeMs: st.mtimeMs };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? String(err);
    throw new ApiError('qemu', says('host:caps.cannotRead', { binary, code }));
  }
}

/** The cached result for this exact key, or null (missing, corrupt, or for another QEMU). */
async function readCache(file: string, key: CacheKey): Promise<HelpCaps | null> {
  let entry: unknown;
  try {
    entry = JSON.parse(await fs.readFile(file, 'utf8'));
  } catch {
    return null; // a missing or corrupt file is simply read again from QEMU and rewritten
  }
  if (!isObject(entry) || !isObject(entry.key) || !isObject(entry.caps)) return null;
  const k = entry.key;
  if (
    k.format !== key.format ||
    k.realPath !== key.realPath ||
    k.version !== key.version ||
    k.size !== key.size ||
    k.mtimeMs !== key.mtimeMs
  ) {
    return null;
  }
  const c = entry.caps;
  const named = (v: unknown) => Array.isArray(v) && v.every((x) => isObject(x) && typeof x.name === 'string');
  if (!named(c.machines) || !named(c.cpus) || !named(c.devices)) return null;
  if (!Array.isArray(c.accelerators) || !c.accelerators.every((a) => typeof a === 'string')) return null;
  return c as unknown as HelpCaps;
}

async function readHelp(binary: string): Promise<HelpCaps> {
  const [machine, cpu, device, accel] = await Promise.all([
    helpText(binary, '-machine'),
    helpText(binary, '-cpu'),
    helpText(binary, '-device'),
    helpText(binary, '-accel'),
  ]);
  const caps: HelpCaps = {
    machines: parseMachineHelp(machine),
    cpus: parseCpuHelp(cpu),
    devices: parseDeviceHelp(device),
    accelerators: parseAccelHelp(accel),
  };
  // Every QEMU has machine types; none parsed means output this code does not understand, which
  // must not be cached as "this QEMU offers nothing".
  if (caps.machines.length === 0) {
    throw new ApiError('qemu', says('host:caps.noMachines', { binary, output: excerpt(machine) }));
  }
  return caps;
}

async function helpText(binary: string, option: string): Promise<string> {
  const command = `${binary} ${option} help`;
  let result: RunResult;
  try {
    result = await run(binary, [option, 'help'], { timeoutMs: HELP_TIMEOUT_MS });
  } catch (err) {
    throw new ApiError('qemu', says('host:caps.couldNotRun', { command, error: (err as Error).message }));
  }
  if (result.code !== 0) {
    const stderr = result.stderr.trim();
    const output = stderr ? excerpt(stderr) : says('host:caps.noErrorOutput');
    throw new ApiError('qemu', says('host:caps.failed', { command, code: result.code, output }));
  }
  return result.stdout;
}

/** QEMU's own output, as it wrote it (it is not ours to translate); cut short. */
function excerpt(text: string): string | Message {
  const t = text.trim();
  return t.length > 500 ? `${t.slice(0, 500)}...` : t || says('host:caps.empty');
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
