// What each option of a QEMU command line does, for a person learning from it: the command is the
// course's own material (KVM or TCG, virtio or emulated devices, NAT, the serial console and the
// monitor), so the Review step and "Show command line" can put a sentence beside every option. PURE:
// argv in, one explanation per option group out; an option VirtDesk does not know (an extra argument
// the person added) is said to be theirs, never guessed at.
import { says, type Message } from '../../../shared/i18n/index.js';
import type { ArgExplanation } from '../../../shared/model/index.js';

/** Options that stand alone; every other option takes the next argument as its value. */
const FLAGS = new Set(['-nodefaults', '-S', '-snapshot', '-no-user-config', '-no-reboot', '-no-shutdown', '-daemonize', '-enable-kvm']);

/** "virtio-net-pci,netdev=net0,mac=..." -> "virtio-net-pci"; "file=x,format=qcow2" -> { file: x, ... } */
const head = (value: string) => value.split(',')[0] ?? '';
function keyValues(value: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of value.split(',')) {
    const eq = part.indexOf('=');
    if (eq > 0) out[part.slice(0, eq)] = part.slice(eq + 1);
  }
  return out;
}

const DEVICES: Record<string, () => Message> = {
  'virtio-blk-pci': () => says('teach:device.virtioBlk'),
  'virtio-scsi-pci': () => says('teach:device.virtioScsi'),
  'scsi-hd': () => says('teach:device.scsiHd'),
  'scsi-cd': () => says('teach:device.scsiCd'),
  'ide-hd': () => says('teach:device.ideHd'),
  'ide-cd': () => says('teach:device.ideCd'),
  ahci: () => says('teach:device.ahci'),
  'virtio-net-pci': () => says('teach:device.virtioNet'),
  e1000: () => says('teach:device.emulatedNic', { model: 'Intel e1000' }),
  e1000e: () => says('teach:device.emulatedNic', { model: 'Intel e1000e' }),
  rtl8139: () => says('teach:device.emulatedNic', { model: 'Realtek RTL8139' }),
  'virtio-balloon-pci': () => says('teach:device.balloon'),
  'virtio-serial-pci': () => says('teach:device.virtioSerial'),
  virtconsole: () => says('teach:device.virtconsole'),
};

/** Devices whose sentence names one of their values (a share's mount tag). */
const DEVICES_WITH_VALUES: Record<string, (kv: Record<string, string>) => Message> = {
  'vhost-user-fs-pci': (kv) => says('shares:teach.virtiofsDevice', { tag: kv.tag ?? '' }),
  'virtio-9p-pci': (kv) => says('shares:teach.virtio9p', { tag: kv.mount_tag ?? '' }),
};

function explainDevice(value: string): Message {
  const model = head(value);
  if (model === 'virtserialport' && keyValues(value).name === 'org.qemu.guest_agent.0') return says('guest:teach.channel');
  return DEVICES[model]?.() ?? DEVICES_WITH_VALUES[model]?.(keyValues(value)) ?? says('teach:device.other', { model });
}

function explainDrive(value: string): Message {
  const kv = keyValues(value);
  if (kv.if === 'pflash') return kv.readonly === 'on' ? says('teach:drive.firmwareCode') : says('teach:drive.firmwareVars');
  if (kv.media === 'cdrom') return kv.file ? says('teach:drive.cdrom') : says('teach:drive.cdromEmpty');
  return says('teach:drive.disk', { format: kv.format ?? 'raw' });
}

function explainChardev(value: string): Message {
  const id = keyValues(value).id ?? '';
  if (id.startsWith('monitor')) return says('teach:chardev.monitor');
  if (id.startsWith('vfs')) return says('shares:teach.virtiofsSocket');
  if (id === 'qga0') return says('guest:teach.chardev');
  if (id === 'hvc0') return head(value) === 'stdio' ? says('teach:chardev.virtioConsoleStdio') : says('teach:chardev.virtioConsoleKept');
  // serial0 is read by the console log keeper; further ports are logged by QEMU itself (logfile=).
  if (value.includes('logfile=')) return says('teach:chardev.serialLogged');
  return says('teach:chardev.serialKept');
}

function explainMachine(value: string): Message {
  const type = head(value);
  if (type.startsWith('q35')) return says('teach:option.machineQ35');
  if (type.startsWith('pc')) return says('teach:option.machinePc');
  return says('teach:option.machineOther', { type });
}

function explainOption(option: string, value: string | undefined): Message {
  const v = value ?? '';
  switch (option) {
    case '-name':
      return says('teach:option.name');
    case '-uuid':
      return says('teach:option.uuid');
    case '-machine':
      return explainMachine(v);
    case '-accel':
      return head(v) === 'kvm' ? says('teach:option.accelKvm') : says('teach:option.accelTcg');
    case '-enable-kvm':
      return says('teach:option.accelKvm');
    case '-cpu':
      return head(v) === 'host' ? says('teach:option.cpuHost') : says('teach:option.cpuModel', { model: head(v) });
    case '-m':
      return says('teach:option.memory');
    case '-smp':
      return says('teach:option.smp');
    case '-nodefaults':
      return says('teach:option.nodefaults');
    case '-vga':
      return v === 'none' ? says('teach:option.vgaNone') : says('teach:option.vga', { model: v });
    case '-display':
      return says('teach:option.displayNone');
    case '-vnc':
      return says('teach:option.vnc');
    case '-drive':
      return explainDrive(v);
    case '-device':
      return explainDevice(v);
    case '-netdev':
      if (head(v) === 'user') return v.includes('hostfwd=') ? says('teach:netdev.userForwards') : says('teach:netdev.user');
      if (head(v) === 'bridge') return says('teach:netdev.bridge');
      if (head(v) === 'socket' && /mcast=/.test(v)) return says('teach:netdev.privateMcast', { group: /mcast=([^,]+)/.exec(v)![1]! });
      return says('teach:netdev.other', { backend: head(v) });
    case '-chardev':
      return explainChardev(v);
    case '-object':
      // Only the shared memory VirtDesk adds for virtiofs; any other object is the person's own.
      return head(v) === 'memory-backend-memfd' && v.includes('share=on')
        ? says('shares:teach.memoryBackend')
        : says('teach:option.unknown');
    case '-fsdev':
      return keyValues(v).readonly === 'on' ? says('shares:teach.fsdevReadOnly') : says('shares:teach.fsdev');
    case '-serial':
      return v === 'mon:stdio' ? says('teach:option.serialStdio') : says('teach:option.serial');
    case '-mon':
      return keyValues(v).chardev === 'hvc0' ? says('teach:option.monOnConsole') : says('teach:option.mon');
    case '-qmp':
      return says('teach:option.qmp');
    case '-pidfile':
      return says('teach:option.pidfile');
    case '-boot':
      return says('teach:option.boot');
    case '-kernel':
      return says('teach:option.kernel');
    case '-initrd':
      return says('teach:option.initrd');
    case '-append':
      return says('teach:option.append');
    case '-rtc':
      return says('teach:option.rtc');
    case '-S':
      return says('teach:option.startPaused');
    case '-snapshot':
      return says('teach:option.snapshot');
    case '-incoming':
      return says('teach:option.incoming');
    case '-loadvm':
      return says('teach:option.loadvm');
    default:
      return says('teach:option.unknown');
  }
}

/** One entry per option and its value, in the command's order. The program name is not in argv. */
export function explainArgs(argv: readonly string[]): ArgExplanation[] {
  const out: ArgExplanation[] = [];
  for (let i = 0; i < argv.length; i++) {
    const option = argv[i]!;
    if (!option.startsWith('-')) {
      out.push({ args: [option], what: says('teach:option.unknown') });
      continue;
    }
    const takesValue = !FLAGS.has(option) && i + 1 < argv.length;
    const value = takesValue ? argv[++i] : undefined;
    out.push({ args: value === undefined ? [option] : [option, value], what: explainOption(option, value) });
  }
  return out;
}
