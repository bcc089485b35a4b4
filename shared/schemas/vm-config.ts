// vm.json, the stored definition of a VM, and the patch the hardware editor sends. The types in
// shared/model/vm-config.ts are derived from these schemas. Bump SCHEMA_VERSION and add a step to
// electron/engine/store/migrate.ts whenever the stored shape changes.
import { z } from 'zod';
import {
  absolutePath,
  accel,
  argvText,
  bridgeName,
  cpuModel,
  labName,
  machineType,
  macAddress,
  mountTag,
  osId,
  plainText,
  portForward,
  privateNetworkName,
  vmId,
  vmName,
} from './fields.js';
import { says } from '../i18n/message.js';
import { addMessageIssue, said } from './schema-messages.js';

export const SCHEMA_VERSION = 5;

export const MIN_MEMORY_MIB = 32;

/** A disk file inside the VM's folder: a plain file name, so it can never point outside. */
const vmLocalFile = z
  .string()
  .max(255, said('validation:disk.fileName'))
  .regex(/^[A-Za-z0-9_][A-Za-z0-9._-]*$/, said('validation:disk.localFile'));

export const diskFormat = z.enum(['qcow2', 'raw', 'vmdk', 'vdi']);
export const diskBus = z.enum(['virtio', 'sata', 'ide', 'scsi']);
export const nicModel = z.enum(['virtio-net-pci', 'e1000', 'e1000e', 'rtl8139']);
export const bootDevice = z.enum(['cdrom', 'disk', 'network']);

export const diskConfig = z.object({
  /** File name inside the VM's folder (e.g. "disk0.qcow2"), or an absolute path the user picked. */
  file: z.union([vmLocalFile, absolutePath], { error: said('validation:disk.file') }),
  format: diskFormat,
  bus: diskBus,
  /** QEMU's cache= modes; "default" leaves QEMU's choice (writeback). */
  cache: z.enum(['default', 'none', 'writeback', 'writethrough', 'directsync', 'unsafe']),
  readOnly: z.boolean(),
});

export const cdromConfig = z.object({
  /** An absolute path to an ISO, or null for an empty drive (insert one later). */
  file: absolutePath.nullable(),
  bus: z.enum(['ide', 'sata', 'scsi']),
});

export const networkConfig = z.discriminatedUnion('mode', [
  /** QEMU's user-mode NAT: the guest is 10.0.2.15 on 10.0.2.0/24, gateway 10.0.2.2, DNS 10.0.2.3. */
  z.object({ mode: z.literal('user'), forwards: z.array(portForward).max(32, said('validation:port.tooMany')) }),
  /** On a host bridge through qemu-bridge-helper (needs "allow <bridge>" in /etc/qemu/bridge.conf). */
  z.object({ mode: z.literal('bridge'), bridge: bridgeName }),
  /**
   * On one of VirtDesk's private networks: an Ethernet segment between this host's VMs, without root
   * (QEMU's socket netdev on a loopback multicast group; the network's registry gives the group).
   */
  z.object({ mode: z.literal('private'), network: privateNetworkName }),
]);

export const nicConfig = z.object({
  model: nicModel,
  /** 52:54:00:xx:xx:xx, the locally administered prefix QEMU and libvirt use. */
  mac: macAddress,
  network: networkConfig,
});

/** A host folder the guest mounts: virtiofs where virtiofsd can run, else 9p. */
export const sharedFolderConfig = z.object({
  /** An absolute path the user picked; it must be a folder when the VM starts. */
  hostPath: absolutePath,
  tag: mountTag,
  readOnly: z.boolean(),
});

export const kernelAppend = argvText(4096, says('validation:what.kernelCmdline'));

export const kernelBoot = z.object({
  kernel: absolutePath,
  initrd: absolutePath.nullable(),
  /** Kernel command line, e.g. "console=ttyS0". */
  append: kernelAppend,
});

export const extraArgs = z.array(argvText(4096, says('validation:what.extraArg'))).max(64, said('validation:config.extraArgs'));

/** vm.json after migration. Host limits are not applied here: a VM made on a bigger host stays valid. */
export const vmConfigShape = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: vmId,
  name: vmName,
  description: plainText(2000, says('validation:what.description')),
  /** The guest OS as detected or chosen (libosinfo short id, e.g. "debian12"); null = not known. */
  osId: osId.nullable(),
  createdAt: z.iso.datetime(),
  /** QEMU machine type (-machine), from this QEMU's own list: "pc", "q35", "pc-q35-7.2" ... */
  machine: machineType,
  /** "auto" follows the host check: KVM where it is usable, emulation (TCG) otherwise. */
  accel,
  /** QEMU CPU model (-cpu), e.g. "host" or "max"; null = QEMU's default for the machine (qemu64). */
  cpuModel: cpuModel.nullable(),
  /** RAM the VM has (-m): also the most the balloon can give it. */
  memoryMiB: z
    .number()
    .int(said('validation:memory.whole'))
    .min(MIN_MEMORY_MIB, said('validation:memory.min', { min: MIN_MEMORY_MIB }))
    .max(16 * 1024 * 1024, said('validation:memory.max')),
  /** What the balloon leaves the guest after boot (needs balloon); null = all of memoryMiB. */
  currentMemoryMiB: z.number().int().min(MIN_MEMORY_MIB).nullable(),
  cpus: z.number().int(said('validation:cpus.whole')).min(1, said('validation:cpus.min')).max(255, said('validation:cpus.max')),
  /** "uefi" boots OVMF, with a writable variable store of this VM's own (OVMF_VARS.fd in its folder). */
  firmware: z.enum(['bios', 'uefi']),
  boot: z.object({
    order: z
      .array(bootDevice)
      .min(1, said('validation:config.bootOrder'))
      .max(3)
      .refine((o) => new Set(o).size === o.length, said('validation:config.bootOnce')),
    menu: z.boolean(),
  }),
  /** Direct kernel boot (-kernel/-initrd/-append) instead of the firmware's boot order. */
  kernel: kernelBoot.nullable(),
  disks: z.array(diskConfig).max(16, said('validation:disk.tooMany')),
  cdroms: z.array(cdromConfig).max(4, said('validation:config.cdroms')),
  nics: z.array(nicConfig).max(8, said('validation:config.nics')),
  /** Serial ports; the first is the console. 0 = none. */
  serialPorts: z.number().int().min(0).max(4, said('validation:config.serialPorts')),
  /**
   * The console the Console tab shows. "serial": the first serial port (an emulated 16550 UART, every
   * guest has a driver). "virtio": a virtconsole on a virtio-serial bus (paravirtual, much faster;
   * a Linux guest needs console=hvc0).
   */
  consoleDevice: z.enum(['serial', 'virtio'], { error: said('validation:config.consoleDevice') }),
  /** "vnc": a VGA card shown over VNC on a unix socket (never a TCP port); "none": no graphics at all. */
  display: z.enum(['none', 'vnc']),
  /** Memory balloon (virtio-balloon), so the memory can be resized while the guest runs. */
  balloon: z.boolean(),
  /** Folders of the host shared with the guest. */
  sharedFolders: z.array(sharedFolderConfig).max(8, said('validation:sharedFolder.tooMany')),
  /**
   * The QEMU guest agent's channel (virtio-serial port org.qemu.guest_agent.0): when an agent answers
   * in the guest, VirtDesk shows its addresses and asks it for clean shutdowns and filesystem freezes.
   */
  guestAgent: z.boolean(),
  /** The lab this VM was made in (several VMs from one, on one private network), deleted together. */
  lab: labName.nullable(),
  /** Expert: appended last on the QEMU command line, after VirtDesk's policy has checked them. */
  extraArgs,
});

/** Rules across fields, for a whole definition (stored, created, or edited). */
function crossFieldIssues(c: z.output<typeof vmConfigShape>, ctx: z.RefinementCtx): void {
  if (c.currentMemoryMiB !== null && c.currentMemoryMiB > c.memoryMiB) {
    addMessageIssue(ctx, ['currentMemoryMiB'], says('validation:memory.current'));
  }
  if (c.currentMemoryMiB !== null && c.currentMemoryMiB !== c.memoryMiB && !c.balloon) {
    addMessageIssue(ctx, ['currentMemoryMiB'], says('validation:memory.balloon'));
  }
  const macs = c.nics.map((n) => n.mac);
  macs.forEach((m, i) => {
    if (macs.indexOf(m) !== i) addMessageIssue(ctx, ['nics', i, 'mac'], says('validation:mac.usedTwice', { mac: m }));
  });
  const tags = c.sharedFolders.map((f) => f.tag);
  tags.forEach((t, i) => {
    if (tags.indexOf(t) !== i) addMessageIssue(ctx, ['sharedFolders', i, 'tag'], says('validation:sharedFolder.tagTwice', { tag: t }));
  });
  const fwd = c.nics.flatMap((n) => (n.network.mode === 'user' ? n.network.forwards : []));
  fwd.forEach((f, i) => {
    if (fwd.findIndex((g) => g.proto === f.proto && g.hostPort === f.hostPort) !== i) {
      addMessageIssue(ctx, ['nics'], says('validation:port.forwardedTwice', { port: f.hostPort, proto: f.proto }));
    }
  });
  const files = c.disks.map((d) => d.file);
  files.forEach((f, i) => {
    if (files.indexOf(f) !== i) {
      addMessageIssue(ctx, ['disks', i, 'file'], says('validation:disk.attachedTwice', { file: f, n: files.indexOf(f) + 1 }));
    }
  });
}

export const vmConfig = vmConfigShape.superRefine(crossFieldIssues);

/** What the details editor may change: every setting but identity and bookkeeping (a lab is made, not edited). */
export const vmConfigPatch = vmConfigShape.omit({ id: true, schemaVersion: true, createdAt: true, lab: true }).partial().strict();
