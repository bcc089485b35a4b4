// Everything create() and previewCreate() share: check the wizard's (already validated) input against
// this host and the policy, detect the OS, plan the VM, and hold the planned definition to the same
// checks an edit gets. Nothing is written here.
import crypto from 'node:crypto';
import { ApiError, type ParsedArgOf } from '../../../shared/api.js';
import type { HostInfo, QemuCapabilities, VmConfig } from '../../../shared/model/index.js';
import { detectOs } from '../os/detect-os.js';
import { osById, type OsEntry } from '../os/os-catalog.js';
import type { EnginePaths } from '../paths.js';
import { checkImportImage, checkVmFile } from '../policy/index.js';
import { checkDefinition } from '../vms/check-definition.js';
import { uefiFirmware, uniqueMac } from './check-input.js';
import { planCreate, type CreatePlan } from './plan-create.js';

export type CreateInput = ParsedArgOf<'create'>;

export interface PrepareDeps {
  host: HostInfo;
  caps: QemuCapabilities | null;
  existing: VmConfig[];
  paths: EnginePaths;
}

export interface PreparedCreate {
  plan: CreatePlan;
  os: OsEntry;
  warnings: string[];
}

export async function prepareCreate(input: CreateInput, deps: PrepareDeps): Promise<PreparedCreate> {
  const img = deps.host.qemu.img;
  if (!img) throw new ApiError('qemu', 'qemu-img was not found: install it with "apt-get install qemu-utils".');
  const policy = (field: string) => ({ paths: deps.paths, vmId: null, others: deps.existing, field });

  // The files the input names, before anything reads them (OS detection reads the ISO).
  const src = input.source;
  const formats: Record<string, string> = {};
  if (src.kind === 'iso') await checkVmFile(src.isoPath, 'cdrom', policy('source.isoPath'));
  if (src.kind === 'import') formats[src.path] = await checkImportImage(img, src.path, src.mode, policy('source.path'));
  if (input.storage.kind === 'existing') {
    formats[input.storage.path] = await checkImportImage(img, input.storage.path, 'use', policy('storage.path'));
  }

  const os = input.osId ? osById(input.osId) : src.kind === 'iso' ? (await detectOs(src.isoPath)).os : osById(null);
  const uefi = uefiFirmware(deps.caps);
  const firmware = input.firmware ?? os.defaults.firmware;
  if (firmware === 'uefi' && !uefi) {
    throw new ApiError('invalid', 'firmware: UEFI firmware (OVMF) is not installed: install the "ovmf" package, or choose BIOS.', {
      field: 'firmware',
    });
  }
  const plan = planCreate(input, {
    id: crypto.randomUUID(),
    createdAt: new Date().toISOString(),
    os,
    mac: uniqueMac(deps.existing),
    imageFormats: formats,
    uefiVarsTemplate: uefi?.varsTemplate ?? null,
  });
  await checkDefinition(plan.config, null, {
    host: deps.host,
    caps: deps.caps,
    others: deps.existing,
    paths: deps.paths,
    img,
    made: plan.steps.map((s) => s.file),
    field: createField(input, plan.config),
  });

  const warnings: string[] = [];
  if (input.memoryMiB > 0.8 * deps.host.memTotalMiB) {
    warnings.push(`${input.memoryMiB} MiB is more than 80% of this host's ${deps.host.memTotalMiB} MiB: the host may start swapping.`);
  }
  if (input.accel === 'kvm' && !deps.host.kvm.usable) warnings.push(`KVM was chosen but ${deps.host.kvm.detail}`);
  return { plan, os, warnings };
}

/** A path in the planned definition -> the wizard's field it came from, so the message lands there. */
function createField(input: CreateInput, config: VmConfig): (configPath: string) => string {
  return (p) => {
    const disk = /^disks\.(\d+)\./.exec(p);
    if (disk) {
      const file = config.disks[Number(disk[1])]?.file;
      if (input.source.kind === 'import' && file === input.source.path) return 'source.path';
      if (input.storage.kind === 'existing' && file === input.storage.path) return 'storage.path';
      return input.storage.kind === 'new' ? 'storage.sizeGiB' : 'storage.kind';
    }
    if (p.startsWith('cdroms.')) return 'source.isoPath';
    if (p === 'kernel.kernel') return 'source.kernel';
    if (p === 'kernel.initrd') return 'source.initrd';
    const fwd = /^nics\.\d+\.network\.forwards\.(\d+)\.hostPort$/.exec(p);
    if (fwd) return `network.forwards.${fwd[1]}.hostPort`;
    if (p.startsWith('nics')) return input.network.mode === 'bridge' ? 'network.bridge' : 'network.mac';
    return p;
  };
}
