// Everything create() and previewCreate() share: validate the wizard's input, detect the OS, check
// the input against this host, and plan the VM. Nothing is written here.
import crypto from 'node:crypto';
import { ApiError, type CreateVmInput } from '../../../shared/api.js';
import type { HostInfo, QemuCapabilities, VmConfig } from '../../../shared/model/index.js';
import { createVmSchema, describeIssues } from '../../../shared/validate.js';
import { detectOs } from '../os/detect-os.js';
import { osById, type OsEntry } from '../os/os-catalog.js';
import { atField, checkBridges, checkForwards, checkMachine, checkMacs, imageFormats, requireFile, uefiFirmware, uniqueMac } from './check-input.js';
import { planCreate, type CreatePlan } from './plan-create.js';

export interface PrepareDeps {
  host: HostInfo;
  caps: QemuCapabilities | null;
  existing: VmConfig[];
  /** Only create() probes host ports; the review would otherwise flag its own preview. */
  probePorts: boolean;
}

export interface PreparedCreate {
  plan: CreatePlan;
  os: OsEntry;
  warnings: string[];
}

export async function prepareCreate(arg: unknown, deps: PrepareDeps): Promise<PreparedCreate> {
  const parsed = createVmSchema(deps.host).safeParse(arg);
  if (!parsed.success) throw new ApiError('invalid', describeIssues(parsed.error), { issues: parsed.error.issues });
  const input = parsed.data as CreateVmInput;
  if (!deps.host.qemu.img) throw new ApiError('qemu', 'qemu-img was not found: install it with "apt-get install qemu-utils".');

  const clash = deps.existing.find((c) => c.name.toLowerCase() === input.name.trim().toLowerCase());
  if (clash) throw new ApiError('conflict', `A VM named "${clash.name}" exists already: choose another name.`, { field: 'name' });

  const src = input.source;
  const img = deps.host.qemu.img;
  if (src.kind === 'iso') await atField('source.isoPath', () => requireFile(src.isoPath, 'Install ISO'));
  if (src.kind === 'kernel') {
    await atField('source.kernel', () => requireFile(src.kernel, 'The kernel'));
    if (src.initrd) await atField('source.initrd', () => requireFile(src.initrd!, 'The initrd'));
  }
  const formats = {
    ...(src.kind === 'import' ? await atField('source.path', () => imageFormats(img, [src.path])) : {}),
    ...(input.storage.kind === 'existing' ? await atField('storage.path', () => imageFormats(img, [(input.storage as { path: string }).path])) : {}),
  };

  const os = input.osId ? osById(input.osId) : src.kind === 'iso' ? (await detectOs(src.isoPath)).os : osById(null);
  const uefi = uefiFirmware(deps.caps);
  const firmware = input.firmware ?? os.defaults.firmware;
  if (firmware === 'uefi' && !uefi) {
    throw new ApiError('invalid', 'UEFI firmware (OVMF) is not installed: install the "ovmf" package, or choose BIOS.', { field: 'firmware' });
  }
  const plan = planCreate(input, {
    id: crypto.randomUUID(),
    createdAt: new Date().toISOString(),
    os,
    mac: uniqueMac(deps.existing),
    imageFormats: formats,
    uefiVarsTemplate: uefi?.varsTemplate ?? null,
  });
  await atField('machine', () => checkMachine(plan.config.machine, deps.caps));
  await atField('network.mac', () => checkMacs(plan.config, deps.existing));
  await checkForwards(plan.config, deps.existing, { probeHost: deps.probePorts, fieldPrefix: 'network.forwards.' });
  await atField('network.bridge', () => checkBridges(plan.config));

  const warnings: string[] = [];
  if (input.memoryMiB > 0.8 * deps.host.memTotalMiB) {
    warnings.push(`${input.memoryMiB} MiB is more than 80% of this host's ${deps.host.memTotalMiB} MiB: the host may start swapping.`);
  }
  if (input.accel === 'kvm' && !deps.host.kvm.usable) warnings.push(`KVM was chosen but ${deps.host.kvm.detail}`);
  return { plan, os, warnings };
}
