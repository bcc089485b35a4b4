// The golden cases of argv/build-args.test.ts, shared with the test that runs each one in real QEMU.
import type { VmConfig } from '../../../shared/model/index.js';
import type { ArgvHost, ArgvOptions } from '../argv/build-args.js';

export const ISO = '/home/ann/iso/debian-12.iso';

export const base: VmConfig = {
  schemaVersion: 5,
  id: '0b5e6a52-4f7c-4b8e-9c1d-2a3b4c5d6e7f',
  name: 'debian',
  description: '',
  osId: 'debian12',
  createdAt: '2026-11-21T00:00:00.000Z',
  machine: 'pc',
  accel: 'tcg',
  cpuModel: null,
  memoryMiB: 1024,
  currentMemoryMiB: null,
  cpus: 2,
  firmware: 'bios',
  boot: { order: ['cdrom', 'disk'], menu: false },
  kernel: null,
  disks: [{ file: 'disk0.qcow2', format: 'qcow2', bus: 'virtio', cache: 'default', readOnly: false }],
  cdroms: [{ file: ISO, bus: 'ide' }],
  nics: [{ model: 'virtio-net-pci', mac: '52:54:00:12:34:56', network: { mode: 'user', forwards: [] } }],
  serialPorts: 1,
  consoleDevice: 'serial',
  display: 'none',
  balloon: true,
  sharedFolders: [],
  guestAgent: false,
  lab: null,
  extraArgs: [],
};

export const run = {
  dir: '/run/user/1000/virtdesk/0b5e6a52',
  qmp: '/run/user/1000/virtdesk/0b5e6a52/qmp.sock',
  monitor: '/run/user/1000/virtdesk/0b5e6a52/monitor.sock',
  vnc: '/run/user/1000/virtdesk/0b5e6a52/vnc.sock',
  pidfile: '/run/user/1000/virtdesk/0b5e6a52/qemu.pid',
};
export const HOST: ArgvHost = { kvmUsable: false, uefiCode: '/usr/share/OVMF/OVMF_CODE_4M.fd' };
export const VMDIR = '/home/ann/.local/share/virtdesk/vms/0b5e6a52';

export interface Case {
  name: string;
  config: VmConfig;
  host?: ArgvHost;
  options?: ArgvOptions;
  vmDir?: string;
}
export const disk = (p: Partial<VmConfig['disks'][number]>) => ({ ...base.disks[0]!, ...p });

export const cases: Case[] = [
  { name: 'iso-install-tcg', config: base },
  { name: 'engine-start-paused', config: base, options: { startPaused: true } },
  { name: 'disposable-run', config: base, options: { startPaused: true, disposable: true } },
  { name: 'restore-saved-state', config: base, options: { startPaused: true, incoming: true } },
  { name: 'start-from-snapshot', config: base, options: { startPaused: true, loadvm: 'before upgrade' } },
  { name: 'export-for-a-person', config: { ...base, display: 'vnc' }, options: { forHuman: true } },
  {
    name: 'existing-disk-boot-from-disk',
    config: {
      ...base,
      cdroms: [],
      boot: { order: ['disk'], menu: false },
      disks: [disk({}), disk({ file: '/srv/images/data.raw', format: 'raw', bus: 'ide' })],
      balloon: false,
    },
  },
  { name: 'auto-accel-kvm-usable', config: { ...base, accel: 'auto' }, host: { ...HOST, kvmUsable: true } },
  { name: 'auto-accel-no-kvm', config: { ...base, accel: 'auto' } },
  { name: 'kvm-forced', config: { ...base, accel: 'kvm' }, host: { ...HOST, kvmUsable: true } },
  { name: 'kvm-cpu-host', config: { ...base, accel: 'kvm', cpuModel: 'host,-arch-capabilities' }, host: { ...HOST, kvmUsable: true } },
  {
    name: 'two-nics',
    config: { ...base, nics: [base.nics[0]!, { model: 'e1000', mac: '52:54:00:ab:cd:ef', network: { mode: 'user', forwards: [] } }] },
  },
  {
    name: 'names-with-commas',
    config: {
      ...base,
      name: 'web, db (test)',
      cdroms: [{ file: '/home/ann/iso/a,b.iso', bus: 'ide' }],
      disks: [disk({ file: '/srv/img,s/disk,0.qcow2' })],
    },
    vmDir: '/data/vms,x/0b5e6a52',
  },
  {
    name: 'q35-extra-args-last',
    config: { ...base, machine: 'q35', cdroms: [{ file: ISO, bus: 'sata' }], extraArgs: ['-cpu', 'max', '-rtc', 'base=utc'] },
  },
  { name: 'uefi', config: { ...base, machine: 'q35', firmware: 'uefi', cdroms: [{ file: ISO, bus: 'sata' }] } },
  { name: 'boot-order-network-first-with-menu', config: { ...base, boot: { order: ['network', 'disk', 'cdrom'], menu: true } } },
  {
    name: 'direct-kernel-boot',
    config: {
      ...base,
      cdroms: [],
      kernel: { kernel: '/boot/vmlinuz', initrd: '/boot/initrd.img', append: 'console=ttyS0 root=/dev/vda1' },
    },
  },
  {
    name: 'disk-buses-sata-ide-scsi-on-pc',
    config: {
      ...base,
      disks: [disk({ bus: 'sata' }), disk({ file: 'disk1.qcow2', bus: 'ide' }), disk({ file: 'disk2.qcow2', bus: 'scsi' })],
    },
  },
  { name: 'disk-cache-none-read-only', config: { ...base, disks: [disk({ cache: 'none', readOnly: true })] } },
  {
    name: 'cdroms-two-empty-and-scsi',
    config: {
      ...base,
      cdroms: [
        { file: null, bus: 'ide' },
        { file: ISO, bus: 'scsi' },
      ],
    },
  },
  {
    name: 'port-forwards',
    config: {
      ...base,
      nics: [
        {
          ...base.nics[0]!,
          network: {
            mode: 'user',
            forwards: [
              { proto: 'tcp', hostPort: 2222, guestPort: 22 },
              { proto: 'udp', hostPort: 5353, guestPort: 53 },
            ],
          },
        },
      ],
    },
  },
  {
    name: 'bridge',
    config: { ...base, nics: [{ model: 'e1000e', mac: '52:54:00:12:34:56', network: { mode: 'bridge', bridge: 'br0' } }] },
  },
  {
    // NAT and a private network at once, as a lab machine has (issue 17).
    name: 'nat-and-private-network',
    config: {
      ...base,
      nics: [
        { model: 'virtio-net-pci', mac: '52:54:00:12:34:56', network: { mode: 'user', forwards: [] } },
        { model: 'virtio-net-pci', mac: '52:54:00:12:34:57', network: { mode: 'private', network: 'lab1' } },
      ],
    },
  },
  { name: 'no-network-no-serial-no-balloon', config: { ...base, nics: [], serialPorts: 0, balloon: false } },
  { name: 'three-serial-ports', config: { ...base, serialPorts: 3 } },
  { name: 'vnc-display', config: { ...base, display: 'vnc' } },
  {
    name: 'virtio-console-kernel-boot',
    config: {
      ...base,
      cdroms: [],
      consoleDevice: 'virtio',
      kernel: { kernel: '/boot/vmlinuz', initrd: '/boot/initrd.img', append: 'console=hvc0 root=/dev/vda1' },
    },
  },
  { name: 'guest-agent', config: { ...base, guestAgent: true } },
  {
    name: 'guest-agent-and-virtio-console-share-a-bus',
    config: {
      ...base,
      consoleDevice: 'virtio',
      guestAgent: true,
      kernel: { kernel: '/boot/vmlinuz', initrd: null, append: 'console=hvc0' },
    },
  },
  { name: 'virtio-console-export-for-a-person', config: { ...base, consoleDevice: 'virtio' }, options: { forHuman: true } },
  {
    // One folder read-write over virtiofs (the guest RAM becomes a shared memfd), one read-only over 9p.
    name: 'shared-folders-virtiofs-and-9p',
    config: {
      ...base,
      sharedFolders: [
        { hostPath: '/home/ann/shared', tag: 'shared', readOnly: false },
        { hostPath: '/home/ann/course', tag: 'course', readOnly: true },
      ],
    },
    host: { ...HOST, virtiofsdUsable: true },
  },
  {
    // No virtiofsd for this user: 9p, read-write; a comma in the folder's name is escaped.
    name: 'shared-folder-9p-without-virtiofsd',
    config: { ...base, sharedFolders: [{ hostPath: '/home/ann/tp,1', tag: 'tp1', readOnly: false }] },
  },
  {
    name: 'shared-folder-export-for-a-person',
    config: { ...base, sharedFolders: [{ hostPath: '/home/ann/shared', tag: 'shared', readOnly: false }] },
    host: { ...HOST, virtiofsdUsable: true },
    options: { forHuman: true },
  },
];
