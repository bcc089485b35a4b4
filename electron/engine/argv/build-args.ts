// buildQemuArgs: VM config + host facts + runtime paths -> the qemu-system-x86_64 argv. PURE: no I/O,
// so every option is pinned by a golden file (argv/golden/*.argv). One small builder per device class,
// emitted in a fixed order, the user's extra arguments last (so they can override anything).
import path from 'node:path';
import type { VmConfig } from '../../../shared/model/index.js';
import type { RuntimeFiles } from '../paths.js';
import { opts, optValue } from './escape.js';

export interface ArgvHost {
  /** The host check says KVM can run guests here. */
  kvmUsable: boolean;
}

export interface ArgvPaths {
  /** The VM's folder: relative disk names resolve against it. */
  vmDir: string;
  run: Pick<RuntimeFiles, 'qmp' | 'serial0' | 'serial0Log' | 'monitor' | 'pidfile'>;
}

export interface QemuCommand {
  /** Without the program name; run it as [QEMU_SYSTEM, ...argv]. */
  argv: string[];
  /** The accelerator(s) asked for, in order of preference. */
  accel: Array<'kvm' | 'tcg'>;
  warnings: string[];
}

export const QEMU_SYSTEM = 'qemu-system-x86_64';
/** sun_path holds 108 bytes including the terminating NUL. */
export const MAX_SOCKET_PATH = 107;

export interface ArgvOptions {
  /**
   * -S: QEMU starts with the guest paused. The engine uses it to attach the console relay before the
   * first guest byte, then sends "cont"; a command line shown to a person leaves it out.
   */
  startPaused?: boolean;
}

export function buildQemuArgs(vm: VmConfig, host: ArgvHost, paths: ArgvPaths, options: ArgvOptions = {}): QemuCommand {
  const warnings: string[] = [];
  const accel = chooseAccel(vm, host, warnings);
  for (const sock of [paths.run.qmp, paths.run.serial0, paths.run.monitor]) {
    if (Buffer.byteLength(sock) > MAX_SOCKET_PATH) {
      warnings.push(`socket path too long for Unix sockets (${Buffer.byteLength(sock)} bytes): ${sock}`);
    }
  }
  const argv = [
    ...identity(vm),
    ...machine(vm, accel),
    ...resources(vm),
    ...display(),
    ...disks(vm, paths.vmDir),
    ...cdrom(vm),
    ...boot(vm),
    ...nics(vm),
    ...balloon(vm),
    ...serial(paths.run),
    ...control(paths.run),
    ...(options.startPaused ? ['-S'] : []),
    ...vm.extraArgs,
  ];
  return { argv, accel, warnings };
}

function chooseAccel(vm: VmConfig, host: ArgvHost, warnings: string[]): Array<'kvm' | 'tcg'> {
  if (vm.accel === 'tcg') return ['tcg'];
  if (vm.accel === 'kvm') {
    if (!host.kvmUsable) warnings.push('KVM was chosen but the host check says it is not usable here.');
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

function machine(vm: VmConfig, accel: Array<'kvm' | 'tcg'>): string[] {
  return ['-machine', optValue(vm.machine), ...accel.flatMap((a) => ['-accel', a])];
}

function resources(vm: VmConfig): string[] {
  // -cpu takes a model name and ,+flag/-flag modifiers: its commas are syntax, not to be escaped.
  return [...(vm.cpuModel ? ['-cpu', vm.cpuModel] : []), '-m', `${vm.memoryMiB}M`, '-smp', String(vm.cpus)];
}

function display(): string[] {
  // No default devices: everything the guest gets is listed below. A VGA card so installers that want a
  // screen find one; nothing shown locally until the graphical console exists.
  return ['-nodefaults', '-vga', 'std', '-display', 'none'];
}

function disks(vm: VmConfig, vmDir: string): string[] {
  return vm.disks.flatMap((d, i) => {
    const file = path.isAbsolute(d.file) ? d.file : path.join(vmDir, d.file);
    return ['-drive', opts([['file', file], ['format', d.format], ['if', d.bus], ['id', `disk${i}`]])];
  });
}

function cdrom(vm: VmConfig): string[] {
  // -cdrom takes the file name verbatim (QEMU does not parse it as options): no comma escaping here.
  return vm.cdrom ? ['-cdrom', vm.cdrom] : [];
}

function boot(vm: VmConfig): string[] {
  // d = CD-ROM first, c = first disk. SeaBIOS still tries the other devices when the first fails.
  return ['-boot', vm.boot === 'cdrom' && vm.cdrom ? 'd' : 'c'];
}

function nics(vm: VmConfig): string[] {
  return vm.nics.flatMap((nic, i) => [
    '-netdev',
    `user,id=net${i}`,
    '-device',
    `${nic.model},${opts([['netdev', `net${i}`], ['mac', nic.mac], ['id', `nic${i}`]])}`,
  ]);
}

function balloon(vm: VmConfig): string[] {
  return vm.balloon ? ['-device', 'virtio-balloon-pci,id=balloon0'] : [];
}

function serial(run: ArgvPaths['run']): string[] {
  // A listening socket the console relay connects to (wait=off: QEMU must not block until it does);
  // logfile keeps every byte the guest printed, also while nobody is connected.
  const chardev = opts([
    ['id', 'serial0'],
    ['path', run.serial0],
    ['server', 'on'],
    ['wait', 'off'],
    ['logfile', run.serial0Log],
    ['logappend', 'on'],
  ]);
  return ['-chardev', `socket,${chardev}`, '-serial', 'chardev:serial0'];
}

function control(run: ArgvPaths['run']): string[] {
  // QMP is the engine's own channel (one client per socket); humans get a separate HMP monitor socket.
  return [
    '-chardev',
    `socket,id=monitor0,${opts([['path', run.monitor], ['server', 'on'], ['wait', 'off']])}`,
    '-mon',
    'chardev=monitor0,mode=readline',
    '-qmp',
    `unix:${optValue(run.qmp)},server=on,wait=off`,
    '-pidfile',
    run.pidfile,
  ];
}
