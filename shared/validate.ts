// One validator for both sides: the wizard uses it to show messages as the user types, and the engine
// uses it again on every call because the renderer is untrusted.
import { z } from 'zod';
import { SCHEMA_VERSION } from './model/vm-config.js';

/** Host figures the limits depend on; the renderer gets them from api.host(). */
export interface HostLimits {
  memTotalMiB: number;
  cpuThreads: number;
}

export const MAX_NAME_LENGTH = 64;
export const MIN_MEMORY_MIB = 32;
export const MAX_DISK_GIB = 16 * 1024; // 16 TiB: qcow2 allows more, but larger is almost surely a typo

// Letters and digits of any script, then also space . _ - , + ( ). No slash, no leading dot or dash, so
// a name can never be read as a path or an option, even though VM folders are named by id, not by name.
const NAME_RE = /^[\p{L}\p{N}][\p{L}\p{N} ._,+()-]*$/u;

export const vmName = z
  .string()
  .trim()
  .min(1, 'Give the VM a name.')
  .max(MAX_NAME_LENGTH, `A name has at most ${MAX_NAME_LENGTH} characters.`)
  .regex(
    NAME_RE,
    'Use letters, digits, spaces and . _ - , + ( ); start with a letter or digit (no "/" or "..").',
  );

export const macAddress = z
  .string()
  .regex(/^52:54:00(:[0-9a-f]{2}){3}$/, 'A MAC address looks like 52:54:00:ab:cd:ef (lower case).');

export const absolutePath = z
  .string()
  .min(1, 'Choose a file.')
  .refine((p) => p.startsWith('/'), 'Give the full path, starting with "/".')
  .refine((p) => !p.includes('\0'), 'The path contains a NUL character.');

/** A disk file inside the VM's folder: a plain file name, so it can never point outside. */
const vmLocalFile = z
  .string()
  .regex(/^[A-Za-z0-9_][A-Za-z0-9._-]*$/, 'A disk inside the VM folder is a plain file name.');

export const accel = z.enum(['auto', 'kvm', 'tcg']);

export function createVmSchema(host: HostLimits) {
  return z.object({
    name: vmName,
    isoPath: absolutePath,
    memoryMiB: z
      .number({ error: 'Memory must be a number of MiB.' })
      .int('Memory is a whole number of MiB.')
      .min(MIN_MEMORY_MIB, `Give the VM at least ${MIN_MEMORY_MIB} MiB of memory.`)
      .max(
        host.memTotalMiB,
        `This host has ${host.memTotalMiB} MiB of memory; give the VM less.`,
      ),
    cpus: z
      .number({ error: 'CPUs must be a number.' })
      .int('CPUs is a whole number.')
      .min(1, 'Give the VM at least 1 CPU.')
      .max(host.cpuThreads, `This host has ${host.cpuThreads} CPU threads; give the VM at most that.`),
    diskGiB: z
      .number({ error: 'Disk size must be a number of GiB.' })
      .positive('The disk needs a size above 0 GiB.')
      .min(0.001, 'The disk needs at least 1 MiB (0.001 GiB).')
      .max(MAX_DISK_GIB, `A disk of more than ${MAX_DISK_GIB} GiB is surely a typo.`),
    accel,
  });
}

export const diskConfig = z.object({
  file: z.union([vmLocalFile, absolutePath]),
  format: z.enum(['qcow2', 'raw']),
  bus: z.enum(['virtio', 'ide']),
});

export const nicConfig = z.object({
  model: z.enum(['virtio-net-pci', 'e1000', 'rtl8139']),
  mac: macAddress,
  network: z.object({ mode: z.literal('user') }),
});

/** vm.json after migration. Host limits are not applied here: a VM made on a bigger host stays valid. */
export const vmConfig = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: z.uuid(),
  name: vmName,
  createdAt: z.iso.datetime(),
  machine: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'Unknown machine type.'),
  accel,
  memoryMiB: z.number().int().min(MIN_MEMORY_MIB),
  cpus: z.number().int().min(1).max(255),
  cpuModel: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._+=,-]*$/, 'A CPU model is a name like "host", "max" or "Skylake-Client", with optional ,+feature,-feature.')
    .nullable(),
  disks: z.array(diskConfig),
  cdrom: absolutePath.nullable(),
  boot: z.enum(['cdrom', 'disk']),
  nics: z.array(nicConfig).max(8),
  balloon: z.boolean(),
  extraArgs: z.array(z.string()),
});

export const idArg = z.object({ id: z.uuid('Not a VM id.') });

/** Argument schemas per API method, except create (it needs the host's limits). */
export const argSchemas = {
  host: z.object({}),
  list: z.object({}),
  get: idArg,
  start: idArg,
  shutdown: idArg.extend({ timeoutSec: z.number().int().min(1).max(3600).optional() }),
  forceOff: idArg,
  openConsole: idArg.extend({ stream: z.literal('serial0') }),
  rerunKvmSelfTest: z.object({}),
  capabilities: z.object({}),
  settings: z.object({}),
  updateSettings: z
    .object({
      kvmWatchdogSec: z
        .number({ error: 'The waiting time is a number of seconds.' })
        .int('The waiting time is a whole number of seconds.')
        .min(5, 'Wait at least 5 seconds: a guest may print nothing while it loads.')
        .max(3600, 'Wait at most an hour (3600 s).'),
    })
    .partial()
    .strict(),
  applyRemedy: idArg.extend({ remedy: z.enum(['use-tcg', 'use-safe-cpu', 'keep-waiting']) }),
} as const;

/** "memoryMiB: This host has ..." — one line per problem, for error messages. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('\n');
}

/** Field -> first message, for showing next to the form's inputs. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const i of error.issues) {
    const key = String(i.path[0] ?? '');
    out[key] ??= i.message;
  }
  return out;
}
