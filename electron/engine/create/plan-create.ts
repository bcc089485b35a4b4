// What creating a VM means, decided in one pure function so that the wizard's review (previewCreate)
// and create() can never disagree: the definition to store, and the file steps that make its disks.
import type { CreateVmInput } from '../../../shared/api.js';
import { SCHEMA_VERSION, type DiskConfig, type DiskFormat, type NicConfig, type VmConfig } from '../../../shared/model/index.js';
import { UEFI_VARS_FILE } from '../paths.js';
import type { OsEntry } from '../os/os-catalog.js';
import { isQ35 } from '../argv/storage-placement.js';
import { convertArgs, createArgs, overlayArgs } from '../img/qemu-img.js';

export type FileStep =
  | { kind: 'create'; file: string; format: 'qcow2' | 'raw'; sizeBytes: number }
  | { kind: 'convert'; src: string; srcFormat: string; file: string }
  | { kind: 'overlay'; base: string; baseFormat: string; file: string }
  | { kind: 'copy'; src: string; file: string };

export interface PlanContext {
  id: string;
  createdAt: string;
  os: OsEntry;
  /** Another VM's MAC must not be reused; the caller generates a unique one. */
  mac: string;
  /** Formats of the images the input names (from qemu-img info), by path. */
  imageFormats: Record<string, string>;
  /** OVMF's variable store template, for UEFI VMs. */
  uefiVarsTemplate: string | null;
}

/** How each disk comes to be: made empty, a copy or overlay of an imported image, or an image used where it is. */
export type DiskOrigin = 'new' | 'converted' | 'overlay' | 'in-place' | 'existing';

export interface CreatePlan {
  config: VmConfig;
  /** Relative to the new VM's folder, in order. */
  steps: FileStep[];
  /** One per disk of config.disks, in its order. */
  origins: DiskOrigin[];
}

const GiB = 1024 ** 3;

export function planCreate(input: CreateVmInput, ctx: PlanContext): CreatePlan {
  const d = ctx.os.defaults;
  const machine = input.machine ?? d.machine;
  const firmware = input.firmware ?? d.firmware;
  const diskBus = input.diskBus ?? d.diskBus;
  const steps: FileStep[] = [];
  const disks: DiskConfig[] = [];
  const origins: DiskOrigin[] = [];
  const addDisk = (file: string, format: string, origin: DiskOrigin) => {
    disks.push({ file, format: asDiskFormat(format), bus: diskBus, cache: 'default', readOnly: false });
    origins.push(origin);
  };

  const src = input.source;
  if (src.kind === 'import') {
    const format = ctx.imageFormats[src.path] ?? 'raw';
    if (src.mode === 'use') {
      addDisk(src.path, format, 'in-place');
    } else {
      const file = 'disk0.qcow2';
      steps.push(
        src.mode === 'convert'
          ? { kind: 'convert', src: src.path, srcFormat: format, file }
          : { kind: 'overlay', base: src.path, baseFormat: format, file },
      );
      addDisk(file, 'qcow2', src.mode === 'convert' ? 'converted' : 'overlay');
    }
  }
  if (input.storage.kind === 'new') {
    const file = `disk${disks.length}.${input.storage.format === 'qcow2' ? 'qcow2' : 'img'}`;
    // Sizes are whole 512-byte sectors, as qemu-img rounds them anyway.
    steps.push({ kind: 'create', file, format: input.storage.format, sizeBytes: Math.round((input.storage.sizeGiB * GiB) / 512) * 512 });
    addDisk(file, input.storage.format, 'new');
  } else if (input.storage.kind === 'existing') {
    addDisk(input.storage.path, ctx.imageFormats[input.storage.path] ?? 'raw', 'existing');
  }
  if (firmware === 'uefi' && ctx.uefiVarsTemplate) steps.push({ kind: 'copy', src: ctx.uefiVarsTemplate, file: UEFI_VARS_FILE });

  const net = input.network;
  const nics: NicConfig[] =
    net.mode === 'none'
      ? []
      : [
          {
            model: net.model ?? d.nicModel,
            mac: net.mac ?? ctx.mac,
            network:
              net.mode === 'user'
                ? { mode: 'user', forwards: net.forwards ?? [] }
                : net.mode === 'private'
                  ? { mode: 'private', network: net.network! }
                  : { mode: 'bridge', bridge: net.bridge! },
          },
        ];

  const config: VmConfig = {
    schemaVersion: SCHEMA_VERSION,
    id: ctx.id,
    name: input.name.trim(),
    description: input.description ?? '',
    osId: ctx.os.id === 'generic' ? (input.osId ?? null) : ctx.os.id,
    createdAt: ctx.createdAt,
    machine,
    accel: input.accel,
    cpuModel: input.cpuModel ?? null,
    memoryMiB: input.memoryMiB,
    currentMemoryMiB: null,
    cpus: input.cpus,
    firmware,
    boot: { order: bootOrder(input), menu: false },
    kernel: src.kind === 'kernel' ? { kernel: src.kernel, initrd: src.initrd, append: src.append } : null,
    disks,
    // q35 has no legacy IDE: its CD-ROM sits on an AHCI (SATA) port.
    cdroms: src.kind === 'iso' ? [{ file: src.isoPath, bus: isQ35(machine) ? 'sata' : 'ide' }] : [],
    nics,
    serialPorts: 1,
    consoleDevice: input.consoleDevice ?? 'serial',
    display: input.display ?? 'vnc',
    balloon: true,
    sharedFolders: [],
    // On unless asked otherwise: a guest without qemu-ga simply never answers on it (virt-manager does the same).
    guestAgent: input.guestAgent ?? true,
    lab: null,
    extraArgs: [],
  };
  return { config, steps, origins };
}

function bootOrder(input: CreateVmInput): VmConfig['boot']['order'] {
  switch (input.source.kind) {
    case 'iso':
      return ['cdrom', 'disk']; // the installer first; once installed, remove the CD or reorder
    case 'pxe':
      return ['network', 'disk'];
    default:
      return ['disk'];
  }
}

function asDiskFormat(f: string): DiskFormat {
  return (['qcow2', 'raw', 'vmdk', 'vdi'] as const).find((x) => x === f) ?? 'raw';
}

/** The qemu-img argv of a step, also shown to the user in the review (paths inside `dir`). */
export function stepArgs(step: FileStep, dir: string): string[] | null {
  const at = (f: string) => `${dir}/${f}`;
  switch (step.kind) {
    case 'create':
      return createArgs(at(step.file), step.format, step.sizeBytes);
    case 'convert':
      // VirtDesk writes to "<file>.partial" and renames it when complete; a person can convert directly.
      return convertArgs({ src: step.src, srcFormat: step.srcFormat, dst: at(step.file), dstFormat: 'qcow2' });
    case 'overlay':
      return overlayArgs(at(step.file), step.base, step.baseFormat);
    case 'copy':
      return null; // a plain file copy, not a qemu-img command
  }
}
