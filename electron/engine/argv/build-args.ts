// buildQemuArgs: VM config + host facts + paths -> the qemu-system-x86_64 argv. PURE: no I/O, so every
// option is pinned by a golden file (argv/golden/*.argv), and a test checks that every field of the
// schema changes the output. One small builder per device class, emitted in a fixed order, the user's
// extra arguments last (so they can override anything).
import path from 'node:path';
import { says, type Message } from '../../../shared/i18n/index.js';
import type { VmConfig } from '../../../shared/model/index.js';
import { guestAgentSocket, serialFiles, UEFI_VARS_FILE, virtioConsoleFiles, type RuntimeFiles } from '../paths.js';
import { sharedFolderArgs, sharesNeedSharedMemory, virtiofsSockets } from './shared-folder-args.js';
import { opts, optValue } from './escape.js';
import { bootIndexes, type BootIndexes } from './boot-order.js';
import { placeStorage, type Placement } from './storage-placement.js';
import { privateNetdev, privateNetworkGroup } from '../net/private-network.js';

export interface ArgvHost {
  /** The host check says KVM can run guests here. */
  kvmUsable: boolean;
  /** OVMF's code file, for UEFI VMs (from QEMU's firmware descriptors); null when not installed. */
  uefiCode?: string | null;
  /** virtiofsd can run here for the engine's user (see shared/shared-folders.ts); else shares use 9p. */
  virtiofsdUsable?: boolean;
}

export interface ArgvPaths {
  /** The VM's folder: relative disk names resolve against it. */
  vmDir: string;
  run: Pick<RuntimeFiles, 'dir' | 'qmp' | 'monitor' | 'vnc' | 'pidfile'>;
}

export interface ArgvOptions {
  /**
   * -S: QEMU starts with the guest paused. The engine uses it to attach the console relay before the
   * first guest byte, then sends "cont"; a command line shown to a person leaves it out.
   */
  startPaused?: boolean;
  /** -snapshot: a disposable run; disk writes go to temporary files QEMU deletes when it ends. */
  disposable?: boolean;
  /** -incoming defer: wait for a saved state (migrate-incoming) instead of booting. */
  incoming?: boolean;
  /** -loadvm: start in this internal snapshot's state (memory and disks). */
  loadvm?: string;
  /**
   * For a person running the command in a terminal (exported script): the first serial port on the
   * terminal, multiplexed with the monitor (-serial mon:stdio); no QMP, no pidfile, no extra sockets.
   */
  forHuman?: boolean;
}

export interface QemuCommand {
  /** Without the program name; run it as [QEMU_SYSTEM, ...argv]. */
  argv: string[];
  /** The accelerator(s) asked for, in order of preference. */
  accel: Array<'kvm' | 'tcg'>;
  /** Problems that make this command unusable (the engine refuses to start with any), each with its fix. */
  errors: Message[];
  warnings: Message[];
}

export const QEMU_SYSTEM = 'qemu-system-x86_64';
/** sun_path holds 108 bytes including the terminating NUL. */
export const MAX_SOCKET_PATH = 107;

export function buildQemuArgs(vm: VmConfig, host: ArgvHost, paths: ArgvPaths, options: ArgvOptions = {}): QemuCommand {
  const errors: Message[] = [];
  const warnings: Message[] = [];
  const accel = chooseAccel(vm, host, warnings);
  const sockets = options.forHuman
    ? [paths.run.vnc]
    : [
        paths.run.qmp,
        paths.run.monitor,
        paths.run.vnc,
        ...serialSockets(vm, paths.run.dir),
        ...virtioConsoleSockets(vm, paths.run.dir),
        ...virtiofsSockets(vm, host, paths.run.dir),
        ...guestAgentSockets(vm, paths.run.dir),
      ];
  for (const sock of sockets) {
    if (Buffer.byteLength(sock) > MAX_SOCKET_PATH)
      errors.push(says('files:argv.socketTooLong', { bytes: Buffer.byteLength(sock), path: sock }));
  }
  const boot = bootIndexes(vm);
  const storage = placeStorage(vm);
  errors.push(...storage.errors);
  if (vm.firmware === 'uefi' && !host.uefiCode) {
    errors.push(says('files:create.noOvmfVm'));
  }
  const argv = [
    ...identity(vm),
    ...machine(vm, accel, sharesNeedSharedMemory(vm, host)),
    ...firmware(vm, host, paths.vmDir),
    ...resources(vm),
    ...display(vm, paths.run),
    ...controllers(storage),
    ...disks(vm, paths.vmDir, storage, boot),
    ...cdroms(vm, storage, boot),
    ...kernel(vm),
    ...bootMenu(vm),
    ...nics(vm, boot, paths),
    ...balloon(vm),
    ...sharedFolderArgs(vm, host, paths.run.dir),
    ...(options.forHuman ? humanConsole(vm) : [...serials(vm, paths.run.dir), ...virtioSerial(vm, paths.run.dir), ...control(paths.run)]),
    ...(options.startPaused ? ['-S'] : []),
    ...(options.disposable ? ['-snapshot'] : []),
    ...(options.incoming ? ['-incoming', 'defer'] : []),
    ...(options.loadvm ? ['-loadvm', options.loadvm] : []),
    ...vm.extraArgs,
  ];
  return { argv, accel, errors, warnings };
}

function chooseAccel(vm: VmConfig, host: ArgvHost, warnings: Message[]): Array<'kvm' | 'tcg'> {
  if (vm.accel === 'tcg') return ['tcg'];
  if (vm.accel === 'kvm') {
    if (!host.kvmUsable) warnings.push(says('files:create.kvmUnusableArgv'));
    return ['kvm'];
  }
  // auto: KVM first, and let QEMU fall back to emulation if KVM cannot even initialise.
  return host.kvmUsable ? ['kvm', 'tcg'] : ['tcg'];
}

function identity(vm: VmConfig): string[] {
  // process= names the QEMU process in ps/top; debug-threads names vCPU threads (for per-vCPU stats).
  const name = opts([
    ['guest', vm.name],
    ['process', `virtdesk-${vm.id.slice(0, 8)}`],
    ['debug-threads', 'on'],
  ]);
  return ['-name', name, '-uuid', vm.id];
}

function machine(vm: VmConfig, accel: Array<'kvm' | 'tcg'>, sharedMemory: boolean): string[] {
  // virtiofsd reads and writes the guest's buffers in place: the guest RAM must be a memfd it can map.
  const ram = sharedMemory
    ? ['-object', `memory-backend-memfd,id=mem0,size=${vm.memoryMiB}M,share=on`, '-machine', `${optValue(vm.machine)},memory-backend=mem0`]
    : ['-machine', optValue(vm.machine)];
  return [...ram, ...accel.flatMap((a) => ['-accel', a])];
}

function firmware(vm: VmConfig, host: ArgvHost, vmDir: string): string[] {
  if (vm.firmware !== 'uefi' || !host.uefiCode) return [];
  // Read-only code shared by all VMs, and this VM's own writable variable store (boot entries).
  return [
    '-drive',
    opts([
      ['if', 'pflash'],
      ['format', 'raw'],
      ['unit', 0],
      ['readonly', 'on'],
      ['file', host.uefiCode],
    ]),
    '-drive',
    opts([
      ['if', 'pflash'],
      ['format', 'raw'],
      ['unit', 1],
      ['file', path.join(vmDir, UEFI_VARS_FILE)],
    ]),
  ];
}

function resources(vm: VmConfig): string[] {
  // -cpu takes a model name and ,+flag/-flag modifiers: its commas are syntax, not to be escaped.
  return [...(vm.cpuModel ? ['-cpu', vm.cpuModel] : []), '-m', `${vm.memoryMiB}M`, '-smp', String(vm.cpus)];
}

function display(vm: VmConfig, run: ArgvPaths['run']): string[] {
  // No default devices: everything the guest gets is listed here. VNC listens on a unix socket only;
  // VirtDesk's console relay carries it to viewers, with the same tokens as the serial console.
  if (vm.display === 'none') return ['-nodefaults', '-vga', 'none', '-display', 'none'];
  return ['-nodefaults', '-vga', 'std', '-display', 'none', '-vnc', `unix:${optValue(run.vnc)}`];
}

function controllers(storage: Placement): string[] {
  return storage.controllers.flatMap((c) => ['-device', c]);
}

function disks(vm: VmConfig, vmDir: string, storage: Placement, boot: BootIndexes): string[] {
  return vm.disks.flatMap((d, i) => {
    const device = storage.disks[i];
    if (!device) return []; // no slot left: placeStorage reported it
    const file = path.isAbsolute(d.file) ? d.file : path.join(vmDir, d.file);
    const drive = opts([
      ['file', file],
      ['format', d.format],
      ['if', 'none'],
      ['id', `disk${i}`],
      ['cache', d.cache === 'default' ? undefined : d.cache],
      ['readonly', d.readOnly ? 'on' : undefined],
    ]);
    return ['-drive', drive, '-device', withBootIndex(device, boot.disks[i])];
  });
}

function cdroms(vm: VmConfig, storage: Placement, boot: BootIndexes): string[] {
  return vm.cdroms.flatMap((cd, i) => {
    const place = storage.cdroms[i];
    if (!place) return [];
    const drive = opts([
      ['if', 'none'],
      ['id', place.driveId],
      ['media', 'cdrom'],
      ['readonly', 'on'],
      ['format', cd.file ? 'raw' : undefined],
      ['file', cd.file ?? undefined],
    ]);
    return ['-drive', drive, '-device', withBootIndex(place.device, boot.cdroms[i])];
  });
}

function kernel(vm: VmConfig): string[] {
  if (!vm.kernel) return [];
  // -kernel, -initrd and -append take their values verbatim (no option parsing, no comma escaping).
  return [
    '-kernel',
    vm.kernel.kernel,
    ...(vm.kernel.initrd ? ['-initrd', vm.kernel.initrd] : []),
    ...(vm.kernel.append ? ['-append', vm.kernel.append] : []),
  ];
}

function bootMenu(vm: VmConfig): string[] {
  // The order itself is given per device (bootindex), which works for virtio and SATA disks too.
  return vm.boot.menu ? ['-boot', 'menu=on'] : [];
}

function nics(vm: VmConfig, boot: BootIndexes, paths: ArgvPaths): string[] {
  return vm.nics.flatMap((nic, i) => {
    const netdev =
      nic.network.mode === 'user'
        ? // hostfwd binds 127.0.0.1: a forward reaches the guest from this host only, never the network.
          ['user', `id=net${i}`, ...nic.network.forwards.map((f) => `hostfwd=${f.proto}:127.0.0.1:${f.hostPort}-:${f.guestPort}`)].join(',')
        : nic.network.mode === 'bridge'
          ? `bridge,id=net${i},br=${optValue(nic.network.bridge)}`
          : privateNetdev(`net${i}`, privateNetworkGroup(nic.network.network, path.dirname(paths.run.dir)));
    const device = `${nic.model},${opts([
      ['netdev', `net${i}`],
      ['mac', nic.mac],
      ['id', `nic${i}`],
    ])}`;
    return ['-netdev', netdev, '-device', withBootIndex(device, boot.nics[i])];
  });
}

function balloon(vm: VmConfig): string[] {
  return vm.balloon ? ['-device', 'virtio-balloon-pci,id=balloon0'] : [];
}

function serialSockets(vm: VmConfig, dir: string): string[] {
  return Array.from({ length: vm.serialPorts }, (_, n) => serialFiles(dir, n).socket);
}

function virtioConsoleSockets(vm: VmConfig, dir: string): string[] {
  return vm.consoleDevice === 'virtio' ? [virtioConsoleFiles(dir).socket] : [];
}

function guestAgentSockets(vm: VmConfig, dir: string): string[] {
  return vm.guestAgent ? [guestAgentSocket(dir)] : [];
}

/**
 * The chardev behind a console (a serial port or the virtio console): a listening socket (wait=off: QEMU
 * must not block until someone connects). The consoles VirtDesk shows, serial0 and hvc0, are read by the
 * console log keeper (console/keeper/), which logs every byte, also while no engine runs. Further serial
 * ports have no viewer and no keeper: QEMU's logfile= is their record. (logfile= on a shown console made
 * QEMU write every byte twice and cost about a quarter of its throughput.) One function, so the consoles
 * behave alike.
 */
function consoleChardev(id: string, f: { socket: string; log: string }, keeper: 'kept' | 'logfile'): string[] {
  const logfile: Array<[string, string]> = [
    ['logfile', f.log],
    ['logappend', 'on'],
  ];
  const chardev = opts([['id', id], ['path', f.socket], ['server', 'on'], ['wait', 'off'], ...(keeper === 'logfile' ? logfile : [])]);
  return ['-chardev', `socket,${chardev}`];
}

function serials(vm: VmConfig, dir: string): string[] {
  return Array.from({ length: vm.serialPorts }, (_, n) => [
    ...consoleChardev(`serial${n}`, serialFiles(dir, n), n === 0 ? 'kept' : 'logfile'),
    '-serial',
    `chardev:serial${n}`,
  ]).flat();
}

/** One virtio-serial bus carries both the virtio console and the guest agent's port, when either is on. */
function virtioSerial(vm: VmConfig, dir: string): string[] {
  if (vm.consoleDevice !== 'virtio' && !vm.guestAgent) return [];
  return ['-device', 'virtio-serial-pci,id=vser0', ...virtioConsole(vm, dir), ...guestAgentChannel(vm, dir)];
}

function virtioConsole(vm: VmConfig, dir: string): string[] {
  // A virtconsole port: the guest sees /dev/hvc0. Whole buffers cross shared-memory rings, where the
  // emulated UART costs QEMU one trap per byte.
  if (vm.consoleDevice !== 'virtio') return [];
  return [...consoleChardev('hvc0', virtioConsoleFiles(dir), 'kept'), '-device', 'virtconsole,chardev=hvc0,id=console0'];
}

/**
 * The QEMU guest agent's channel: a virtio-serial port whose name, org.qemu.guest_agent.0, is what
 * qemu-ga in the guest looks for; the engine talks to it on qga.sock (wait=off: QEMU must not wait for
 * the engine). Not in a person's command line: like QMP, it is the engine's own channel.
 */
function guestAgentChannel(vm: VmConfig, dir: string): string[] {
  if (!vm.guestAgent) return [];
  const chardev = opts([
    ['id', 'qga0'],
    ['path', guestAgentSocket(dir)],
    ['server', 'on'],
    ['wait', 'off'],
  ]);
  return ['-chardev', `socket,${chardev}`, '-device', 'virtserialport,bus=vser0.0,chardev=qga0,name=org.qemu.guest_agent.0'];
}

/**
 * A person's terminal holds one console, multiplexed with the monitor (Ctrl-A C switches): the one
 * the guest's console= names. A virtio-console VM's serial ports are left out, as stdio is taken.
 */
function humanConsole(vm: VmConfig): string[] {
  if (vm.consoleDevice === 'virtio') {
    return [
      '-chardev',
      'stdio,id=hvc0,mux=on,signal=off',
      '-device',
      'virtio-serial-pci,id=vser0',
      '-device',
      'virtconsole,chardev=hvc0,id=console0',
      '-mon',
      'chardev=hvc0,mode=readline',
    ];
  }
  return vm.serialPorts > 0 ? ['-serial', 'mon:stdio'] : [];
}

function control(run: ArgvPaths['run']): string[] {
  // QMP is the engine's own channel (one client per socket); humans get a separate HMP monitor socket.
  return [
    '-chardev',
    `socket,id=monitor0,${opts([
      ['path', run.monitor],
      ['server', 'on'],
      ['wait', 'off'],
    ])}`,
    '-mon',
    'chardev=monitor0,mode=readline',
    '-qmp',
    `unix:${optValue(run.qmp)},server=on,wait=off`,
    '-pidfile',
    run.pidfile,
  ];
}

function withBootIndex(device: string, index: number | undefined): string {
  return index === undefined ? device : `${device},bootindex=${index}`;
}
