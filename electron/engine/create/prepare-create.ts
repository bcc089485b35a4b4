// Everything create(), the review and each step's check share: check the wizard's (already validated)
// input against this host and the policy, detect the OS, plan the VM, hold the planned definition to
// the same checks an edit gets, and see that its disks fit. Nothing is written here.
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { ApiError, type ParsedArgOf } from '../../../shared/api.js';
import { says, type Message } from '../../../shared/i18n/index.js';
import type { HostInfo, QemuCapabilities, VmConfig } from '../../../shared/model/index.js';
import type { PlannedDisk } from '../../../shared/schemas/wizard-methods.js';
import { imageInfo } from '../img/qemu-img.js';
import { detectOs } from '../os/detect-os.js';
import { GENERIC_OS, type OsEntry } from '../os/os-catalog.js';
import type { OsCatalog } from '../os/os-database.js';
import { vmDir, vmsDir, type EnginePaths } from '../paths.js';
import { checkImportImage, checkVmFile } from '../policy/index.js';
import { NEW_VM_PREFIX } from '../store/vm-store.js';
import { checkDefinition } from '../vms/check-definition.js';
import { uefiFirmware, uniqueMac } from './check-input.js';
import { checkSpace, freeBytes, plannedDisks, type ImageSize } from './disk-space.js';
import { planCreate, type CreatePlan } from './plan-create.js';

export type CreateInput = ParsedArgOf<'create'>;

export interface PrepareDeps {
  host: HostInfo;
  caps: QemuCapabilities | null;
  existing: VmConfig[];
  paths: EnginePaths;
  catalog: OsCatalog;
}

export interface PreparedCreate {
  plan: CreatePlan;
  os: OsEntry;
  warnings: Message[];
  /** The plan's disks with their sizes, in the definition's order. */
  disks: PlannedDisk[];
  /** Free bytes where the VM's folder goes. */
  freeBytes: number;
}

export async function prepareCreate(input: CreateInput, deps: PrepareDeps): Promise<PreparedCreate> {
  const img = deps.host.qemu.img;
  if (!img) throw new ApiError('qemu', says('files:img.missing'));
  const policy = (field: string) => ({ paths: deps.paths, vmId: null, others: deps.existing, field });

  if (input.id) await requireFreshId(input.id, deps);

  // The files the input names, before anything reads them (OS detection reads the ISO).
  const src = input.source;
  const formats: Record<string, string> = {};
  const sizes: Record<string, ImageSize> = {};
  const image = async (file: string, mode: 'convert' | 'overlay' | 'use', field: string) => {
    formats[file] = await checkImportImage(img, file, mode, policy(field));
    const info = await imageInfo(img, file, { shared: true });
    sizes[file] = { virtualSize: info['virtual-size'], actualSize: info['actual-size'] ?? null };
  };
  if (src.kind === 'iso') await checkVmFile(src.isoPath, 'cdrom', policy('source.isoPath'));
  if (src.kind === 'import') await image(src.path, src.mode, 'source.path');
  if (input.storage.kind === 'existing') await image(input.storage.path, 'use', 'storage.path');

  const generic = deps.catalog.find('generic') ?? GENERIC_OS;
  const os = input.osId
    ? (deps.catalog.find(input.osId) ?? generic)
    : src.kind === 'iso'
      ? (await detectOs(src.isoPath, deps.catalog)).os
      : generic;
  const uefi = uefiFirmware(deps.caps);
  const firmware = input.firmware ?? os.defaults.firmware;
  if (firmware === 'uefi' && !uefi) {
    throw new ApiError('invalid', says('files:create.noOvmf'), { field: 'firmware' });
  }
  const plan = planCreate(input, {
    id: input.id ?? crypto.randomUUID(),
    createdAt: new Date().toISOString(),
    os,
    mac: uniqueMac(deps.existing),
    imageFormats: formats,
    uefiVarsTemplate: uefi?.varsTemplate ?? null,
  });
  const field = createField(input, plan.config);
  await checkDefinition(plan.config, null, {
    host: deps.host,
    caps: deps.caps,
    others: deps.existing,
    paths: deps.paths,
    img,
    made: plan.steps.map((s) => s.file),
    field,
  });

  const disks = plannedDisks(plan, vmDir(deps.paths, plan.config.id), sizes);
  const free = await freeBytes(vmsDir(deps.paths));
  const space = checkSpace(disks, free, says('files:create.dataFolder', { path: deps.paths.dataDir }));
  if (space.refusal) {
    const at = field(`disks.${space.refusal.index}.file`);
    throw new ApiError('invalid', space.refusal.message, { field: at });
  }

  const warnings: Message[] = [...space.warnings];
  if (input.memoryMiB > 0.8 * deps.host.memTotalMiB) {
    warnings.push(says('files:create.memoryShare', { memory: input.memoryMiB, total: deps.host.memTotalMiB }));
  }
  if (input.accel === 'kvm' && !deps.host.kvm.usable) warnings.push(says('files:create.kvmUnusable', { detail: deps.host.kvm.detail }));
  return { plan, os, warnings, disks, freeBytes: free };
}

/** The id the review planned is still nobody's: no VM has it, no folder is named after it. */
async function requireFreshId(id: string, deps: PrepareDeps): Promise<void> {
  const owner = deps.existing.find((c) => c.id === id);
  const exists = (p: string) =>
    fs.access(p).then(
      () => true,
      () => false,
    );
  if (owner || (await exists(vmDir(deps.paths, id))) || (await exists(path.join(vmsDir(deps.paths), `${NEW_VM_PREFIX}${id}`)))) {
    const by = owner ? says('files:create.theVm', { name: owner.name }) : says('files:create.aFolder');
    throw new ApiError('conflict', says('files:create.idTaken', { id, owner: by }), { field: 'id' });
  }
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
