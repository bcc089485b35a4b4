// The New VM wizard's input. The same schema checks the form as the person types and the engine's
// create/previewCreate calls; the host's limits (memory, CPU threads) come on top, from hostLimitIssues,
// which the engine also applies to edits.
import { z } from 'zod';
import {
  absolutePath,
  accel,
  bridgeName,
  cpuModel,
  diskSizeGiB,
  machineType,
  macAddress,
  osId,
  plainText,
  portForward,
  privateNetworkName,
  vmName,
} from './fields.js';
import { says } from '../i18n/message.js';
import { messageIssue, type FieldIssue } from './issues.js';
import { addMessageIssue, said } from './schema-messages.js';
import { diskBus, kernelAppend, MIN_MEMORY_MIB, nicModel } from './vm-config.js';

/** Where the guest OS comes from: the wizard's first step. */
export const installSource = z.discriminatedUnion('kind', [
  /** Boot an installer ISO from a CD-ROM drive. */
  z.object({ kind: z.literal('iso'), isoPath: absolutePath }),
  /**
   * An existing disk image (qcow2, raw, vmdk, vdi): "convert" copies it into the VM folder as qcow2
   * (with progress), "overlay" makes a qcow2 in the VM folder whose backing file is the image (left
   * untouched), "use" runs the image where it is.
   */
  z.object({ kind: z.literal('import'), path: absolutePath, mode: z.enum(['convert', 'overlay', 'use']) }),
  /** Direct kernel boot: QEMU loads the kernel (and initrd) itself, no boot loader. */
  z.object({ kind: z.literal('kernel'), kernel: absolutePath, initrd: absolutePath.nullable(), append: kernelAppend }),
  /** Network boot (PXE) through the NIC's option ROM. */
  z.object({ kind: z.literal('pxe') }),
]);

export const storageChoice = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('new'), sizeGiB: diskSizeGiB, format: z.enum(['qcow2', 'raw']) }),
  z.object({ kind: z.literal('existing'), path: absolutePath }),
  z.object({ kind: z.literal('none') }),
]);

export const networkChoice = z
  .object({
    mode: z.enum(['user', 'bridge', 'private', 'none']),
    /** user mode: host port -> guest port, bound on 127.0.0.1. */
    forwards: z.array(portForward).max(32, said('validation:port.tooMany')).optional(),
    /** bridge mode: the host bridge, e.g. br0. */
    bridge: bridgeName.optional(),
    /** private mode: the network's name; a name no network has yet makes one (networks-methods.ts). */
    network: privateNetworkName.optional(),
    model: nicModel.optional(),
    /** Generated (52:54:00:xx:xx:xx, unique among this user's VMs) when not given. */
    mac: macAddress.optional(),
  })
  .strict()
  .superRefine((n, ctx) => {
    if (n.mode === 'bridge' && !n.bridge) addMessageIssue(ctx, ['bridge'], says('validation:bridge.missing'));
    if (n.mode === 'private' && !n.network) addMessageIssue(ctx, ['network'], says('networks:errors.missing'));
    const f = n.forwards ?? [];
    f.forEach((x, i) => {
      if (f.findIndex((y) => y.proto === x.proto && y.hostPort === x.hostPort) !== i) {
        addMessageIssue(ctx, ['forwards', i, 'hostPort'], says('validation:port.forwardedTwice', { port: x.hostPort, proto: x.proto }));
      }
    });
  });

/**
 * The input's fields, one schema each: createVmInput checks them all, and each wizard step's engine
 * check (createStepInput) takes the same ones for the fields that step asks for.
 */
const createFields = z
  .object({
    /**
     * The new VM's id as the review planned it (previewCreate's config.id), so the VM created is the
     * one the review showed; a new one when not given. Refused when a VM has it already.
     */
    id: z.uuid(said('validation:id.planned')).optional(),
    name: vmName,
    description: plainText(2000, says('validation:what.description')).optional(),
    /** From detectOs or the OS list; its defaults fill in what the input leaves out. */
    osId: osId.nullable().optional(),
    source: installSource,
    memoryMiB: z
      .number({ error: said('validation:memory.number') })
      .int(said('validation:memory.whole'))
      .min(MIN_MEMORY_MIB, said('validation:memory.min', { min: MIN_MEMORY_MIB })),
    cpus: z
      .number({ error: said('validation:cpus.number') })
      .int(said('validation:cpus.whole'))
      .min(1, said('validation:cpus.min')),
    accel,
    storage: storageChoice,
    network: networkChoice,
    /** Overrides of the OS defaults. */
    firmware: z.enum(['bios', 'uefi']).optional(),
    machine: machineType.optional(),
    cpuModel: cpuModel.nullable().optional(),
    diskBus: diskBus.optional(),
    display: z.enum(['none', 'vnc']).optional(),
    /** The console device; the default is the serial port (every guest has a driver for it). */
    consoleDevice: z.enum(['serial', 'virtio']).optional(),
    /** The QEMU guest agent's channel; on by default, as virt-manager adds it to every new VM. */
    guestAgent: z.boolean().optional(),
  })
  .strict();

export const createVmInput = createFields.superRefine((v, ctx) => {
  if (v.source.kind === 'pxe' && v.network.mode === 'none') {
    addMessageIssue(ctx, ['network', 'mode'], says('validation:create.pxeNeedsNic'));
  }
  if (v.source.kind === 'import' && v.storage.kind === 'existing') {
    addMessageIssue(ctx, ['storage', 'kind'], says('validation:create.importIsDisk'));
  }
});

/** Host figures the limits depend on; the renderer gets them from api.host(). */
export interface HostLimits {
  memTotalMiB: number;
  cpuThreads: number;
}

/**
 * Memory and CPUs this host can give a VM. One rule for the wizard, create and update (a VM made on a
 * bigger host keeps its stored values; only a change is held to this host).
 */
export function hostLimitIssues(v: { memoryMiB?: number; cpus?: number }, host: HostLimits, prefix = ''): FieldIssue[] {
  const out: FieldIssue[] = [];
  if (v.memoryMiB !== undefined && v.memoryMiB > host.memTotalMiB) {
    out.push(messageIssue(`${prefix}memoryMiB`, says('validation:memory.host', { memory: host.memTotalMiB })));
  }
  if (v.cpus !== undefined && v.cpus > host.cpuThreads) {
    out.push(messageIssue(`${prefix}cpus`, says('validation:cpus.host', { threads: host.cpuThreads })));
  }
  return out;
}

/** createVmInput plus this host's limits, for the wizard's field-by-field messages. */
export function createVmSchemaFor(host: HostLimits) {
  return createVmInput.superRefine((v, ctx) => {
    for (const i of hostLimitIssues(v, host)) {
      ctx.addIssue({ code: 'custom', path: [i.path], message: i.message, params: { key: i.key, params: i.params } });
    }
  });
}

/** The wizard's steps that the engine checks on their own, before the person moves on (checkCreateStep). */
export const CREATE_CHECK_STEPS = ['source', 'resources', 'storage', 'network'] as const;

/**
 * One step's fields, for the engine's check of that step: its files exist and are what they claim,
 * its ports are free, its disks fit. The same field schemas as createVmInput.
 */
export const createStepInput = z.discriminatedUnion('step', [
  createFields.pick({ source: true }).extend({ step: z.literal('source') }),
  createFields
    .pick({ osId: true, memoryMiB: true, cpus: true, accel: true, firmware: true, machine: true, cpuModel: true })
    .extend({ step: z.literal('resources') }),
  // The source too: an imported image is the first disk, and a converted copy needs room as well.
  createFields.pick({ source: true, storage: true, diskBus: true }).extend({ step: z.literal('storage') }),
  createFields.pick({ name: true, description: true, network: true }).extend({ step: z.literal('network') }),
]);
