// The VM definition as stored in <data>/vms/<id>/vm.json. Bump SCHEMA_VERSION and add a step to
// electron/engine/store/migrate.ts whenever the stored shape changes.
export const SCHEMA_VERSION = 2;

export type Accel = 'auto' | 'kvm' | 'tcg';
export type DiskFormat = 'qcow2' | 'raw';
export type NicModel = 'virtio-net-pci' | 'e1000' | 'rtl8139';

export interface DiskConfig {
  /** File name inside the VM's folder (e.g. "disk0.qcow2"), or an absolute path the user picked. */
  file: string;
  format: DiskFormat;
  bus: 'virtio' | 'ide';
}

export interface NicConfig {
  model: NicModel;
  /** 52:54:00:xx:xx:xx, the locally administered prefix QEMU and libvirt use. */
  mac: string;
  network: { mode: 'user' };
}

export interface VmConfig {
  schemaVersion: typeof SCHEMA_VERSION;
  id: string;
  name: string;
  createdAt: string;
  /** QEMU machine type (-machine): "pc" (i440fx) or "q35". */
  machine: string;
  /** "auto" follows the host check: KVM where it is usable, emulation (TCG) otherwise. */
  accel: Accel;
  memoryMiB: number;
  cpus: number;
  /** QEMU CPU model (-cpu), e.g. "host" or "max"; null = QEMU's default for the machine (qemu64). */
  cpuModel: string | null;
  disks: DiskConfig[];
  /** The install medium: an absolute path to an ISO the user picked, or null for an empty drive. */
  cdrom: string | null;
  /** First boot device: "cdrom" (-boot d) while installing, "disk" (-boot c) afterwards. */
  boot: 'cdrom' | 'disk';
  nics: NicConfig[];
  /** Memory balloon (virtio-balloon), so the memory can be resized while the guest runs. */
  balloon: boolean;
  /** Expert: appended verbatim, last on the QEMU command line. */
  extraArgs: string[];
}
