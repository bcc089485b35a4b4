// The VM definition as stored in <data>/vms/<id>/vm.json. Bump SCHEMA_VERSION and add a step to
// electron/engine/store/migrate.ts whenever the stored shape changes.
export const SCHEMA_VERSION = 3;

export type Accel = 'auto' | 'kvm' | 'tcg';
export type DiskFormat = 'qcow2' | 'raw' | 'vmdk' | 'vdi';
export type DiskBus = 'virtio' | 'sata' | 'ide' | 'scsi';
/** QEMU's cache= modes; "default" leaves QEMU's choice (writeback). */
export type CacheMode = 'default' | 'none' | 'writeback' | 'writethrough' | 'directsync' | 'unsafe';
export type NicModel = 'virtio-net-pci' | 'e1000' | 'e1000e' | 'rtl8139';
export type BootDevice = 'cdrom' | 'disk' | 'network';

export interface DiskConfig {
  /** File name inside the VM's folder (e.g. "disk0.qcow2"), or an absolute path the user picked. */
  file: string;
  format: DiskFormat;
  bus: DiskBus;
  cache: CacheMode;
  readOnly: boolean;
}

export interface CdromConfig {
  /** An absolute path to an ISO, or null for an empty drive (insert one later). */
  file: string | null;
  bus: 'ide' | 'sata' | 'scsi';
}

export interface PortForward {
  proto: 'tcp' | 'udp';
  /** Bound on 127.0.0.1 only: a forward never opens a port to the network. */
  hostPort: number;
  guestPort: number;
}

export type NetworkConfig =
  /** QEMU's user-mode NAT: the guest is 10.0.2.15 on 10.0.2.0/24, gateway 10.0.2.2, DNS 10.0.2.3. */
  | { mode: 'user'; forwards: PortForward[] }
  /** On a host bridge through qemu-bridge-helper (needs "allow <bridge>" in /etc/qemu/bridge.conf). */
  | { mode: 'bridge'; bridge: string };

export interface NicConfig {
  model: NicModel;
  /** 52:54:00:xx:xx:xx, the locally administered prefix QEMU and libvirt use. */
  mac: string;
  network: NetworkConfig;
}

export interface KernelBoot {
  kernel: string;
  initrd: string | null;
  /** Kernel command line, e.g. "console=ttyS0". */
  append: string;
}

export interface VmConfig {
  schemaVersion: typeof SCHEMA_VERSION;
  id: string;
  name: string;
  description: string;
  /** The guest OS as detected or chosen (libosinfo short id, e.g. "debian12"); null = not known. */
  osId: string | null;
  createdAt: string;
  /** QEMU machine type (-machine), from this QEMU's own list: "pc", "q35", "pc-q35-7.2" ... */
  machine: string;
  /** "auto" follows the host check: KVM where it is usable, emulation (TCG) otherwise. */
  accel: Accel;
  /** QEMU CPU model (-cpu), e.g. "host" or "max"; null = QEMU's default for the machine (qemu64). */
  cpuModel: string | null;
  /** RAM the VM has (-m): also the most the balloon can give it. */
  memoryMiB: number;
  /** What the balloon leaves the guest after boot (needs balloon); null = all of memoryMiB. */
  currentMemoryMiB: number | null;
  cpus: number;
  /** "uefi" boots OVMF, with a writable variable store of this VM's own (OVMF_VARS.fd in its folder). */
  firmware: 'bios' | 'uefi';
  boot: { order: BootDevice[]; menu: boolean };
  /** Direct kernel boot (-kernel/-initrd/-append) instead of the firmware's boot order. */
  kernel: KernelBoot | null;
  disks: DiskConfig[];
  cdroms: CdromConfig[];
  nics: NicConfig[];
  /** Serial ports; the first is the console. 0 = none. */
  serialPorts: number;
  /** "vnc": a VGA card shown over VNC on a unix socket (never a TCP port); "none": no graphics at all. */
  display: 'none' | 'vnc';
  /** Memory balloon (virtio-balloon), so the memory can be resized while the guest runs. */
  balloon: boolean;
  /** Expert: appended verbatim, last on the QEMU command line. */
  extraArgs: string[];
}
