// Every option QEMU 7.2's qemu-system-x86_64 knows (checked against the binary: an option that takes a
// value says "requires an argument" when it is last, an unknown one "invalid option"), sorted into what
// the user's extra arguments may append and what they may not. PURE data.
//
// Why a table of every option and not only the allowed ones: QEMU takes the element after an option
// that has a value verbatim, even when it starts with "-" (["-name", "-qmp"] names the VM "-qmp"), so
// reading the arguments correctly needs to know, for each option, whether it consumes the next one.
import type files from '../../../shared/i18n/catalogs/en/files.js';
import { says, type Message } from '../../../shared/i18n/index.js';

/** Why an option is refused and what to do instead; joined as "<cause>. <Fix>." (the fix capitalised). */
export interface Refusal {
  cause: Message;
  fix: Message;
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

type Options = keyof (typeof files)['qemuOption'];
/** "consoles" for the pair "consolesCause", "consolesFix". */
type PairOf<K> = K extends `${infer B}Fix` ? B : never;
/** An option's own cause and fix from the catalog. */
const refusal = (k: PairOf<Options>): Refusal => ({
  cause: says(`files:qemuOption.${k}Cause`),
  fix: says(`files:qemuOption.${k}Fix`),
});
/** A cause whose only fix is to remove the option. */
const removeOnly = (k: Exclude<Options, `${string}Cause` | `${string}Fix`>): Refusal => ({
  cause: says(`files:qemuOption.${k}`),
  fix: says('files:extraArgs.removeIt'),
});

const CONSOLES = refusal('consoles');
const DISPLAY = refusal('display');
const IDENTITY = refusal('identity');
const PROCESS = refusal('process');
const CONFIG = refusal('config');
const STORAGE = refusal('storage');
const FIRMWARE = refusal('firmware');
const KERNEL = refusal('kernel');
const NETWORK = refusal('network');
const MACHINE = refusal('machine');
/** A host folder for the guest: the Shared folders setting does it, through the file policy. */
const SHARES: Refusal = { cause: says('shares:extraArgs.cause'), fix: says('shares:extraArgs.fix') };
const EXITS = removeOnly('exits');
const NOT_X86 = removeOnly('notX86');
const XEN = removeOnly('xen');
const GDB = removeOnly('gdb');

const refused = (arg: boolean, refusal: Refusal): OptionRule => ({ use: 'refused', arg, refusal });
const managed = (arg: boolean, r: Refusal): OptionRule => ({ use: 'refused', arg, refusal: r });
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
  incoming: managed(true, refusal('incoming')),
  loadvm: managed(true, refusal('loadvm')),
  snapshot: managed(false, refusal('snapshot')),
  'no-shutdown': managed(false, removeOnly('noShutdown')),
  'dump-vmstate': managed(true, removeOnly('dumpVmstate')),
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
  cpu: managed(true, refusal('cpu')),
  m: managed(true, refusal('memory')),
  smp: managed(true, refusal('smp')),
  boot: managed(true, refusal('boot')),
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
  virtfs: managed(true, SHARES),
  fsdev: managed(true, SHARES),
  'add-fd': managed(true, removeOnly('addFd')),
  plugin: managed(true, removeOnly('plugin')),
  trace: managed(true, refusal('trace')),
  qtest: managed(true, removeOnly('qtest')),
  'qtest-log': managed(true, removeOnly('qtestLog')),
  tpmdev: managed(true, removeOnly('tpmdev')),
  'mem-path': managed(true, refusal('memPath')),
  acpitable: managed(true, removeOnly('acpitable')),
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
