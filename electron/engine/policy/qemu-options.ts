// Every option QEMU 7.2's qemu-system-x86_64 knows (checked against the binary: an option that takes a
// value says "requires an argument" when it is last, an unknown one "invalid option"), sorted into what
// the user's extra arguments may append and what they may not. PURE data.
//
// Why a table of every option and not only the allowed ones: QEMU takes the element after an option
// that has a value verbatim, even when it starts with "-" (["-name", "-qmp"] names the VM "-qmp"), so
// reading the arguments correctly needs to know, for each option, whether it consumes the next one.

/** Why an option is refused and what to do instead; joined as "<cause>. <Fix>." */
export interface Refusal {
  cause: string;
  fix: string;
}

export type OptionRule =
  /** May be appended; `value` names the check its value gets (see extra-args.ts). */
  | { use: 'allowed'; arg: false }
  | { use: 'allowed'; arg: true; value: ValueCheck }
  /** VirtDesk sets it itself, or it would let QEMU touch what the VM must not: refused. */
  | { use: 'refused'; arg: boolean; refusal: Refusal };

export type ValueCheck =
  | 'device'
  | 'global'
  | 'object'
  | 'audiodev'
  | 'fw_cfg'
  | 'keyval'
  | 'keyval-shift'
  | 'keyval-enable'
  | 'keyval-type'
  | 'action'
  | 'k'
  | 'vga'
  | 'usbdevice'
  | 'd'
  | 'dfilter'
  | 'seed'
  | 'watchdog-action';

const CONSOLES: Refusal = {
  cause:
    "VirtDesk connects QEMU's serial ports, monitor and QMP itself, on private sockets in its runtime folder; " +
    'another one could take over those or be reached by other programs (a tcp: one listens on the network)',
  fix: 'use the Serial ports setting and the Console tab (Serial, Monitor) instead, and remove it',
};
const DISPLAY: Refusal = {
  cause:
    'VirtDesk sets up the display itself (VNC on a private socket, shown in the Console tab); another display could listen on the network',
  fix: 'use the Display setting instead, and remove it',
};
const IDENTITY: Refusal = {
  cause: "VirtDesk names the QEMU process after the VM and gives it the VM's id as its UUID, to find it again after a restart",
  fix: 'rename the VM in its settings instead, and remove it',
};
const PROCESS: Refusal = {
  cause: 'VirtDesk starts and supervises QEMU itself (its own pidfile and log, started paused until the consoles are attached)',
  fix: "remove it: Start and Force off run QEMU, and QEMU's messages are in the VM's log (add -d items for more)",
};
const CONFIG: Refusal = {
  cause: "VirtDesk builds QEMU's whole configuration; this would drop or replace parts of it (disks, consoles, devices)",
  fix: "remove it and use the VM's settings",
};
const STORAGE: Refusal = {
  cause: 'VirtDesk attaches disks and CD-ROMs itself, after checking which files the VM may use',
  fix: 'add the image in the Disks or CD-ROMs settings instead, and remove it',
};
const FIRMWARE: Refusal = {
  cause: "VirtDesk chooses the firmware itself (SeaBIOS, or OVMF with a variable store of the VM's own)",
  fix: 'use the Firmware setting (BIOS or UEFI) instead, and remove it',
};
const KERNEL: Refusal = {
  cause: 'VirtDesk passes the kernel, initrd and command line of a direct kernel boot itself, after checking the files',
  fix: 'use the Kernel boot settings instead, and remove it',
};
const NETWORK: Refusal = {
  cause: 'VirtDesk sets up the network cards and their back ends itself (NAT with port forwards on 127.0.0.1 only, or a bridge)',
  fix: 'use the Network cards settings instead, and remove it',
};
const MACHINE: Refusal = {
  cause: 'VirtDesk sets the machine type and the accelerator itself',
  fix: 'use the Machine type and Accelerator settings instead, and remove it',
};
const EXITS: Refusal = { cause: 'QEMU would print its help or version and exit instead of running the VM', fix: 'remove it' };
const NOT_X86: Refusal = { cause: 'this option is not for x86 guests (QEMU refuses it for qemu-system-x86_64)', fix: 'remove it' };
const XEN: Refusal = { cause: 'this option is for Xen, which VirtDesk does not drive', fix: 'remove it' };
const GDB: Refusal = {
  cause: "it opens a debugger server that can read and change all of the guest's memory (-s listens on TCP port 1234 of every interface)",
  fix: 'remove it',
};

const refused = (arg: boolean, refusal: Refusal): OptionRule => ({ use: 'refused', arg, refusal });
const managed = (arg: boolean, cause: string, fix: string): OptionRule => ({ use: 'refused', arg, refusal: { cause, fix } });
const allowed = (value: ValueCheck): OptionRule => ({ use: 'allowed', arg: true, value });
const FLAG: OptionRule = { use: 'allowed', arg: false };

export const QEMU_OPTIONS: Readonly<Record<string, OptionRule>> = {
  // What extra arguments are for: devices and tuning VirtDesk has no setting for.
  device: allowed('device'),
  global: allowed('global'),
  object: allowed('object'),
  audiodev: allowed('audiodev'),
  audio: allowed('audiodev'),
  fw_cfg: allowed('fw_cfg'),
  smbios: allowed('keyval'),
  rtc: allowed('keyval'),
  overcommit: allowed('keyval'),
  msg: allowed('keyval'),
  compat: allowed('keyval'),
  icount: allowed('keyval-shift'),
  sandbox: allowed('keyval-enable'),
  numa: allowed('keyval-type'),
  action: allowed('action'),
  'watchdog-action': allowed('watchdog-action'),
  k: allowed('k'),
  vga: allowed('vga'),
  usbdevice: allowed('usbdevice'),
  d: allowed('d'),
  dfilter: allowed('dfilter'),
  seed: allowed('seed'),
  usb: FLAG,
  'no-hpet': FLAG,
  'no-acpi': FLAG,
  'no-reboot': FLAG,
  'mem-prealloc': FLAG,
  'win2k-hack': FLAG,
  'no-fd-bootchk': FLAG,
  'only-migratable': FLAG,
  'async-teardown': FLAG,
  'enable-sync-profile': FLAG,
  singlestep: FLAG,

  // Consoles and control sockets.
  qmp: refused(true, CONSOLES),
  'qmp-pretty': refused(true, CONSOLES),
  monitor: refused(true, CONSOLES),
  mon: refused(true, CONSOLES),
  chardev: refused(true, CONSOLES),
  serial: refused(true, CONSOLES),
  parallel: refused(true, CONSOLES),
  debugcon: refused(true, CONSOLES),
  echr: refused(true, CONSOLES),
  // Display.
  vnc: refused(true, DISPLAY),
  display: refused(true, DISPLAY),
  spice: refused(true, DISPLAY),
  nographic: refused(false, DISPLAY),
  'full-screen': refused(false, DISPLAY),
  portrait: refused(false, DISPLAY),
  rotate: refused(true, DISPLAY),
  // Identity.
  name: refused(true, IDENTITY),
  uuid: refused(true, IDENTITY),
  // The QEMU process itself.
  pidfile: refused(true, PROCESS),
  daemonize: refused(false, PROCESS),
  runas: refused(true, PROCESS),
  chroot: refused(true, PROCESS),
  D: refused(true, PROCESS),
  S: refused(false, PROCESS),
  preconfig: refused(false, PROCESS),
  incoming: managed(true, 'VirtDesk uses it to restore a saved state', 'use Save state, then Start, instead, and remove it'),
  loadvm: managed(true, 'VirtDesk uses it to start a VM in one of its snapshots', 'use the Snapshots tab (Revert) instead, and remove it'),
  snapshot: managed(false, 'VirtDesk uses it for disposable runs', 'use Start disposable instead, and remove it'),
  'no-shutdown': managed(
    false,
    'QEMU would stay after the guest powers off, while VirtDesk waits for it to end (Shut down would end in Force off)',
    'remove it',
  ),
  'dump-vmstate': managed(true, 'QEMU would write a file and exit instead of running the VM', 'remove it'),
  // The configuration as a whole.
  nodefaults: refused(false, CONFIG),
  'no-user-config': refused(false, CONFIG),
  readconfig: refused(true, CONFIG),
  writeconfig: refused(true, CONFIG),
  set: refused(true, CONFIG),
  // Machine, CPU, memory, boot.
  machine: refused(true, MACHINE),
  M: refused(true, MACHINE),
  accel: refused(true, MACHINE),
  'enable-kvm': refused(false, MACHINE),
  cpu: managed(true, 'VirtDesk sets the CPU model itself', 'use the CPU model setting instead, and remove it'),
  m: managed(
    true,
    "VirtDesk sets the VM's memory itself (and checks it against the host)",
    'use the Memory setting instead, and remove it',
  ),
  smp: managed(
    true,
    'VirtDesk sets the number of CPUs itself (and checks it against the host)',
    'use the CPUs setting instead, and remove it',
  ),
  boot: managed(
    true,
    'VirtDesk sets the boot order itself (per device, with bootindex)',
    'use the Boot order and boot menu settings instead, and remove it',
  ),
  // Disks, CD-ROMs, firmware, kernel boot.
  drive: refused(true, STORAGE),
  blockdev: refused(true, STORAGE),
  hda: refused(true, STORAGE),
  hdb: refused(true, STORAGE),
  hdc: refused(true, STORAGE),
  hdd: refused(true, STORAGE),
  cdrom: refused(true, STORAGE),
  fda: refused(true, STORAGE),
  fdb: refused(true, STORAGE),
  mtdblock: refused(true, STORAGE),
  sd: refused(true, STORAGE),
  pflash: refused(true, STORAGE),
  iscsi: refused(true, STORAGE),
  bios: refused(true, FIRMWARE),
  L: refused(true, FIRMWARE),
  'option-rom': refused(true, FIRMWARE),
  kernel: refused(true, KERNEL),
  initrd: refused(true, KERNEL),
  append: refused(true, KERNEL),
  dtb: refused(true, KERNEL),
  // Network.
  netdev: refused(true, NETWORK),
  nic: refused(true, NETWORK),
  net: refused(true, NETWORK),
  // Host access VirtDesk has no setting for, and will not pass unchecked.
  virtfs: managed(true, 'it shares a host folder with the guest, which VirtDesk does not check', 'remove it'),
  fsdev: managed(true, 'it shares a host folder with the guest, which VirtDesk does not check', 'remove it'),
  'add-fd': managed(true, 'it hands QEMU file descriptors VirtDesk knows nothing about', 'remove it'),
  plugin: managed(true, 'it loads a host library into QEMU', 'remove it'),
  trace: managed(true, 'it writes trace files and reads event lists from host files', "remove it; -d items go to the VM's log instead"),
  qtest: managed(true, 'it turns QEMU into a test harness driven over a socket', 'remove it'),
  'qtest-log': managed(true, 'it belongs to the qtest harness and writes a host file', 'remove it'),
  tpmdev: managed(true, 'it gives the guest a host TPM device or socket', 'remove it'),
  'mem-path': managed(true, "it puts the guest's memory in host files", 'remove it (-mem-prealloc preallocates memory without a file)'),
  acpitable: managed(true, 'it reads ACPI tables from host files (data=, file=)', 'remove it'),
  gdb: refused(true, GDB),
  s: refused(false, GDB),
  'xen-domid': refused(true, XEN),
  'xen-attach': refused(false, XEN),
  'xen-domid-restrict': refused(false, XEN),
  semihosting: refused(false, NOT_X86),
  'semihosting-config': refused(true, NOT_X86),
  'prom-env': refused(true, NOT_X86),
  g: refused(true, NOT_X86),
  'old-param': refused(false, NOT_X86),
  // Print and exit.
  help: refused(false, EXITS),
  h: refused(false, EXITS),
  version: refused(false, EXITS),
  'audio-help': refused(false, EXITS),
};

/** The rule for an option name (without its dashes); undefined when QEMU 7.2 has no such option. */
export function optionRule(name: string): OptionRule | undefined {
  return Object.hasOwn(QEMU_OPTIONS, name) ? QEMU_OPTIONS[name] : undefined;
}
