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

export const diskConfig = z.object({
  file: z.union([vmLocalFile, absolutePath]),
  format: z.enum(['qcow2', 'raw', 'vmdk', 'vdi']),
  bus: z.enum(['virtio', 'sata', 'ide', 'scsi']),
  cache: z.enum(['default', 'none', 'writeback', 'writethrough', 'directsync', 'unsafe']),
  readOnly: z.boolean(),
});

export const cdromConfig = z.object({
  file: absolutePath.nullable(),
  bus: z.enum(['ide', 'sata', 'scsi']),
});

const port = (what: string) =>
  z.number({ error: `The ${what} port must be a number.` }).int(`The ${what} port is a whole number.`).min(1, `A ${what} port is from 1 to 65535.`).max(65535, `A ${what} port is from 1 to 65535.`);

export const portForward = z.object({
  proto: z.enum(['tcp', 'udp']),
  hostPort: port('host').min(1024, 'Use a host port from 1024 up: lower ones need root.'),
  guestPort: port('guest'),
});

export const bridgeName = z
  .string()
  .regex(/^[A-Za-z0-9_.-]{1,15}$/, 'A bridge is a network interface name like br0 or virbr0 (at most 15 characters).');

export const networkConfig = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('user'), forwards: z.array(portForward).max(32) }),
  z.object({ mode: z.literal('bridge'), bridge: bridgeName }),
]);

export const nicConfig = z.object({
  model: z.enum(['virtio-net-pci', 'e1000', 'e1000e', 'rtl8139']),
  mac: macAddress,
  network: networkConfig,
});

export const kernelBoot = z.object({
  kernel: absolutePath,
  initrd: absolutePath.nullable(),
  append: z.string().max(4096, 'A kernel command line has at most 4096 characters.').refine((s) => !s.includes('\n'), 'The kernel command line is one line.'),
});

export const machineType = z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'A machine type is a name from QEMU\'s list, like "pc" or "q35".');

/** vm.json after migration. Host limits are not applied here: a VM made on a bigger host stays valid. */
export const vmConfigShape = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    id: z.uuid(),
    name: vmName,
    description: z.string().max(2000, 'A description has at most 2000 characters.'),
    osId: z.string().max(64).nullable(),
    createdAt: z.iso.datetime(),
    machine: machineType,
    accel,
    cpuModel: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9._+=,-]*$/, 'A CPU model is a name like "host", "max" or "Skylake-Client", with optional ,+feature,-feature.')
      .nullable(),
    memoryMiB: z.number().int().min(MIN_MEMORY_MIB, `Give the VM at least ${MIN_MEMORY_MIB} MiB of memory.`),
    currentMemoryMiB: z.number().int().min(MIN_MEMORY_MIB).nullable(),
    cpus: z.number().int().min(1, 'Give the VM at least 1 CPU.').max(255, 'QEMU allows at most 255 CPUs here.'),
    firmware: z.enum(['bios', 'uefi']),
    boot: z.object({
      order: z.array(z.enum(['cdrom', 'disk', 'network'])).min(1, 'Boot from at least one kind of device.').max(3)
        .refine((o) => new Set(o).size === o.length, 'Each kind of boot device once.'),
      menu: z.boolean(),
    }),
    kernel: kernelBoot.nullable(),
    disks: z.array(diskConfig).max(16, 'At most 16 disks.'),
    cdroms: z.array(cdromConfig).max(4, 'At most 4 CD-ROM drives.'),
    nics: z.array(nicConfig).max(8, 'At most 8 network cards.'),
    serialPorts: z.number().int().min(0).max(4, 'At most 4 serial ports.'),
    display: z.enum(['none', 'vnc']),
    balloon: z.boolean(),
    extraArgs: z.array(z.string().max(4096)).max(256),
  });

export const vmConfig = vmConfigShape.superRefine((c, ctx) => {
    if (c.currentMemoryMiB !== null && c.currentMemoryMiB > c.memoryMiB) {
      ctx.addIssue({ code: 'custom', path: ['currentMemoryMiB'], message: 'The current memory cannot be more than the maximum.' });
    }
    if (c.currentMemoryMiB !== null && c.currentMemoryMiB !== c.memoryMiB && !c.balloon) {
      ctx.addIssue({ code: 'custom', path: ['currentMemoryMiB'], message: 'Memory below the maximum needs the balloon device.' });
    }
    const macs = c.nics.map((n) => n.mac);
    macs.forEach((m, i) => {
      if (macs.indexOf(m) !== i) ctx.addIssue({ code: 'custom', path: ['nics', i, 'mac'], message: `The MAC ${m} is used twice in this VM.` });
    });
    const fwd = c.nics.flatMap((n) => (n.network.mode === 'user' ? n.network.forwards : []));
    fwd.forEach((f, i) => {
      if (fwd.findIndex((g) => g.proto === f.proto && g.hostPort === f.hostPort) !== i) {
        ctx.addIssue({ code: 'custom', path: ['nics'], message: `Host port ${f.hostPort}/${f.proto} is forwarded twice.` });
      }
    });
  });

/** What the details editor may change: every setting but identity and bookkeeping. */
export const vmConfigPatch = vmConfigShape.omit({ id: true, schemaVersion: true, createdAt: true }).partial().strict();

const memory = (host: HostLimits) =>
  z
    .number({ error: 'Memory must be a number of MiB.' })
    .int('Memory is a whole number of MiB.')
    .min(MIN_MEMORY_MIB, `Give the VM at least ${MIN_MEMORY_MIB} MiB of memory.`)
    .max(host.memTotalMiB, `This host has ${host.memTotalMiB} MiB of memory; give the VM less.`);

const cpuCount = (host: HostLimits) =>
  z
    .number({ error: 'CPUs must be a number.' })
    .int('CPUs is a whole number.')
    .min(1, 'Give the VM at least 1 CPU.')
    .max(host.cpuThreads, `This host has ${host.cpuThreads} CPU threads; give the VM at most that.`);

export const diskSizeGiB = z
  .number({ error: 'Disk size must be a number of GiB.' })
  .positive('The disk needs a size above 0 GiB.')
  .min(0.001, 'The disk needs at least 1 MiB (0.001 GiB).')
  .max(MAX_DISK_GIB, `A disk of more than ${MAX_DISK_GIB} GiB is surely a typo.`);

export const installSource = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('iso'), isoPath: absolutePath }),
  z.object({ kind: z.literal('import'), path: absolutePath, mode: z.enum(['convert', 'overlay', 'use']) }),
  z.object({ kind: z.literal('kernel'), kernel: absolutePath, initrd: absolutePath.nullable(), append: kernelBoot.shape.append }),
  z.object({ kind: z.literal('pxe') }),
]);

export const storageChoice = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('new'), sizeGiB: diskSizeGiB, format: z.enum(['qcow2', 'raw']) }),
  z.object({ kind: z.literal('existing'), path: absolutePath }),
  z.object({ kind: z.literal('none') }),
]);

export const networkChoice = z
  .object({
    mode: z.enum(['user', 'bridge', 'none']),
    forwards: z.array(portForward).max(32).optional(),
    bridge: bridgeName.optional(),
    model: nicConfig.shape.model.optional(),
    mac: macAddress.optional(),
  })
  .superRefine((n, ctx) => {
    if (n.mode === 'bridge' && !n.bridge) ctx.addIssue({ code: 'custom', path: ['bridge'], message: 'Name the host bridge, e.g. br0.' });
    const f = n.forwards ?? [];
    f.forEach((x, i) => {
      if (f.findIndex((y) => y.proto === x.proto && y.hostPort === x.hostPort) !== i) {
        ctx.addIssue({ code: 'custom', path: ['forwards', i, 'hostPort'], message: `Host port ${x.hostPort}/${x.proto} is forwarded twice.` });
      }
    });
  });

/** The New VM wizard's input; host limits bound memory and CPUs. */
export function createVmSchema(host: HostLimits) {
  return z
    .object({
      name: vmName,
      description: z.string().max(2000, 'A description has at most 2000 characters.').optional(),
      osId: z.string().max(64).nullable().optional(),
      source: installSource,
      memoryMiB: memory(host),
      cpus: cpuCount(host),
      accel,
      storage: storageChoice,
      network: networkChoice,
      firmware: z.enum(['bios', 'uefi']).optional(),
      machine: machineType.optional(),
      cpuModel: vmConfigShape.shape.cpuModel.optional(),
      diskBus: diskConfig.shape.bus.optional(),
      display: z.enum(['none', 'vnc']).optional(),
    })
    .superRefine((v, ctx) => {
      if (v.source.kind === 'pxe' && v.network.mode === 'none') {
        ctx.addIssue({ code: 'custom', path: ['network', 'mode'], message: 'Network boot needs a network card.' });
      }
      if (v.source.kind === 'import' && v.storage.kind === 'existing') {
        ctx.addIssue({ code: 'custom', path: ['storage', 'kind'], message: 'An imported image is already the disk: choose a new disk or none.' });
      }
    });
}

export const idArg = z.object({ id: z.uuid('Not a VM id.') });

const diskIndex = z.number().int().min(0, 'Not a disk of this VM.').max(63, 'Not a disk of this VM.');

/**
 * A snapshot's name (its qcow2 tag): letters, digits, spaces, . _ -; not only digits, because
 * qemu-img and QEMU also accept a snapshot's numeric id where a name goes.
 */
export const snapshotName = z
  .string()
  .trim()
  .min(1, 'Give the snapshot a name.')
  .max(64, 'A snapshot name has at most 64 characters.')
  .regex(/^[\p{L}\p{N} ._-]+$/u, 'A snapshot name uses letters, digits, spaces, dots, dashes and underscores only.')
  .refine((s) => !/^\d+$/.test(s), 'A snapshot name needs a letter: QEMU reads a number as a snapshot id.');

/** Argument schemas per API method, except create (it needs the host's limits). */
export const argSchemas = {
  host: z.object({}),
  list: z.object({}),
  get: idArg,
  detectOs: z.object({ isoPath: absolutePath }),
  osList: z.object({}),
  inspectImage: z.object({ path: absolutePath }),
  update: idArg.extend({ patch: vmConfigPatch }),
  commandLine: idArg,
  addDisk: idArg.extend({ sizeGiB: diskSizeGiB, format: z.enum(['qcow2', 'raw']), bus: diskConfig.shape.bus }),
  exportScript: idArg,
  start: idArg.extend({ disposable: z.boolean().optional() }),
  shutdown: idArg.extend({ timeoutSec: z.number().int().min(1).max(3600).optional() }),
  forceOff: idArg,
  pause: idArg,
  resume: idArg,
  reset: idArg,
  reboot: idArg.extend({ timeoutSec: z.number().int().min(1).max(3600).optional() }),
  saveState: idArg,
  discardSavedState: idArg,
  cloneVm: idArg.extend({ name: vmName, mode: z.enum(['full', 'linked']) }),
  listDisks: z.object({ vmId: z.uuid('Not a VM id.').optional() }),
  resizeDisk: idArg.extend({
    index: diskIndex,
    sizeBytes: z
      .number({ error: 'The size is a number of bytes.' })
      .int()
      .min(1024 ** 2, 'A disk has at least 1 MiB.')
      .max(64 * 1024 ** 4, 'A disk has at most 64 TiB.')
      .refine((n) => n % 512 === 0, 'The size is a whole number of 512-byte sectors.'),
    shrink: z.boolean().optional(),
  }),
  convertDisk: idArg.extend({
    index: diskIndex,
    format: diskConfig.shape.format,
    compress: z.boolean().optional(),
    use: z.boolean().optional(),
  }),
  checkDisk: idArg.extend({ index: diskIndex }),
  listSnapshots: idArg,
  createSnapshot: idArg.extend({
    name: snapshotName,
    description: z.string().max(500, 'A description has at most 500 characters.').optional(),
  }),
  revertSnapshot: idArg.extend({ name: snapshotName }),
  deleteSnapshot: idArg.extend({ name: snapshotName }),
  statsHistory: idArg,
  tasks: z.object({}),
  cancelTask: z.object({ taskId: z.uuid('Not a task id.') }),
  deletionPlan: idArg,
  remove: idArg.extend({ deleteFiles: z.array(absolutePath).max(64), forceOff: z.boolean().optional() }),
  openConsole: idArg.extend({ stream: z.enum(['serial0', 'monitor', 'vnc']) }),
  screenshot: idArg,
  sendKeys: idArg.extend({
    keys: z.array(z.string().regex(/^[a-z0-9_]+$/, 'A key is a QEMU qcode such as ctrl, alt, delete, f1 or backspace.')).min(1).max(8),
  }),
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
      statsIntervalSec: z
        .number({ error: 'The sampling interval is a number of seconds.' })
        .int('The sampling interval is a whole number of seconds.')
        .min(1, 'Sample at most once a second.')
        .max(60, 'Sample at least once a minute (60 s).'),
      scrollbackKiB: z
        .number({ error: 'The scrollback is a number of KiB.' })
        .int('The scrollback is a whole number of KiB.')
        .min(1024, 'Keep at least 1 MiB (1024 KiB) of scrollback.')
        .max(65536, 'Keep at most 64 MiB (65536 KiB) of scrollback.'),
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

/** Field path ("memoryMiB", "source.isoPath", "network.forwards.0.hostPort") -> first message. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const i of error.issues) {
    const key = i.path.map(String).join('.');
    out[key] ??= i.message;
  }
  return out;
}
