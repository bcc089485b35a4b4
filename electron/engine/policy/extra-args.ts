// Which extra QEMU arguments a VM may append (VmConfig.extraArgs, one argv element each, appended last).
// PURE: no I/O, so the editor, create/update and start can all run it and agree.
//
// An allowlist: an option is appended only when it is known to be safe (devices, tuning, logging to
// the VM's own log); everything VirtDesk manages itself is refused with the setting to use instead;
// unknown options and bare words (QEMU opens a bare word as a disk image!) are refused too. Inside an
// allowed option's value, sub-options that open host files, sockets or descriptors, or take over
// VirtDesk's chardevs, are refused, read with QEMU's own key=value rules (",," escapes a comma).
//
// Two entry points: checkExtraArgs() returns every problem (empty = fine), for the engine's definition
// check and for an editor that marks each argument; assertExtraArgs() throws them as one
// ApiError('invalid') whose details.field is the first problem's ("extraArgs.<index>") and
// details.problems all of them.
import { ApiError } from '../../../shared/api.js';
import { keySegments, parseKeyVal, type KeyVal } from './qemu-keyval.js';
import { optionRule, type Refusal, type ValueCheck } from './qemu-options.js';

export interface ExtraArgProblem {
  /** Index into extraArgs of the element at fault (the option, or the value it rejects). */
  index: number;
  /** "extraArgs.<index>", the dotted input path the editor marks. */
  field: string;
  /** Names the argument, the cause and the fix. */
  message: string;
}

/** Keys that make QEMU open a host file, socket or descriptor, or attach to another chardev. */
const OPENING_KEYS = new Set([
  'file',
  'filename',
  'path',
  'mem-path',
  'romfile',
  'script',
  'downscript',
  'helper',
  'sock',
  'socket',
  'sock-fd',
  'chardev',
  'fd',
  'fds',
  'vhostfd',
  'vhostfds',
  'vhostdev',
  'evdev',
  'dir',
  'x509-dir',
  'logfile',
  'rrfile',
  'rootdir',
  'hostdevice',
  'hidraw',
  'sysfsdev',
]);

/** -device drivers that hand the guest host hardware or host files, whatever their keys say. */
const HOST_DEVICE_DRIVERS: Array<[RegExp, string]> = [
  [/^vfio-/, 'passes a host PCI device through to the guest'],
  [/^vhost-/, 'connects the guest to a host vhost device or daemon'],
  [/^usb-host$/, 'passes a host USB device through to the guest'],
  [/^u2f-passthru$/, 'passes a host security key through to the guest'],
  [/^usb-mtp$/, 'shares a host folder with the guest'],
  [/^virtio-input-host/, 'passes a host input device through to the guest'],
  [/^(guest-)?loader$/, 'loads host files into guest memory'],
  [/^ccid-card-/, 'passes a host smart card (or its certificate store) to the guest'],
  [/^xen-/, 'is for Xen, which VirtDesk does not drive'],
];

/** -object types that open no file, socket or device. */
const SAFE_OBJECTS = [
  'rng-builtin',
  'iothread',
  'main-loop',
  'thread-context',
  'memory-backend-ram',
  'memory-backend-memfd',
  'throttle-group',
  'secret',
  'cryptodev-backend-builtin',
];
/** Audio back ends that talk to the local sound system only (wav writes a file, spice/dbus need a display). */
const SAFE_AUDIO = ['none', 'pa', 'alsa', 'oss', 'sdl', 'jack'];
/** Audio keys that name a device path or a server socket. */
const AUDIO_OPENING_KEYS = new Set(['dev', 'server']);
const VGA_TYPES = ['std', 'cirrus', 'vmware', 'qxl', 'virtio', 'none'];
const USB_DEVICES = ['tablet', 'mouse', 'keyboard', 'wacom-tablet'];
const WATCHDOG_ACTIONS = ['reset', 'shutdown', 'poweroff', 'inject-nmi', 'pause', 'debug', 'none'];

export function checkExtraArgs(args: readonly string[]): ExtraArgProblem[] {
  const problems: ExtraArgProblem[] = [];
  const flagged = new Set<number>();
  const add = (index: number, thing: string, r: Refusal) => {
    if (flagged.has(index)) return;
    flagged.add(index);
    problems.push({
      index,
      field: `extraArgs.${index}`,
      message: `Extra argument ${index + 1} (${thing}): ${r.cause}. ${capitalize(r.fix)}.`,
    });
  };
  // Control characters first: no argv may carry a NUL, and a newline would forge lines in logs and scripts.
  args.forEach((a, i) => {
    if (/[\x00-\x1f\x7f]/.test(a))
      add(i, show(a), { cause: 'it contains a control character (a NUL byte, a newline or a tab)', fix: 'remove it or retype it' });
  });

  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('-')) {
      const prev = i > 0 ? optionRule(args[i - 1]!.replace(/^--?/, '')) : undefined;
      add(i, arg === '' ? 'an empty argument' : show(arg), {
        cause: 'QEMU opens an argument that is not an option as a disk image',
        fix: prev && !prev.arg ? `remove it: ${args[i - 1]} before it takes no value` : 'remove it',
      });
      continue;
    }
    // QEMU reads "--opt" as "-opt".
    const name = arg.startsWith('--') ? arg.slice(2) : arg.slice(1);
    const rule = optionRule(name);
    if (!rule) {
      add(i, show(arg), unknownOption(name));
      // Its value, if it has one, is part of the same mistake: do not report it as a bare word too.
      if (i + 1 < args.length && !args[i + 1]!.startsWith('-')) i++;
      continue;
    }
    if (rule.use === 'refused') {
      add(i, show(arg), rule.refusal);
      if (rule.arg) i++;
      continue;
    }
    if (!rule.arg) continue;
    if (i + 1 >= args.length) {
      add(i, show(arg), {
        cause: 'it needs a value, and it is the last argument',
        fix: `add its value as the next argument, or remove ${arg}`,
      });
      continue;
    }
    i++;
    const refusal = checkValue(rule.value, args[i]!);
    if (refusal) add(i, `${show(args[i]!)}, the value of ${arg}`, refusal);
  }
  return problems.sort((a, b) => a.index - b.index);
}

/** Throws ApiError('invalid') listing every problem; details.field is the first one's. */
export function assertExtraArgs(args: readonly string[]): void {
  const problems = checkExtraArgs(args);
  if (!problems.length) return;
  throw new ApiError('invalid', problems.map((p) => p.message).join('\n'), { field: problems[0]!.field, problems });
}

function unknownOption(name: string): Refusal {
  if (/[=\s]/.test(name)) {
    return {
      cause: 'QEMU takes an option and its value as two separate arguments, and has no option by this name',
      fix: 'write the option and its value as two arguments, e.g. "-device" then "virtio-rng-pci"',
    };
  }
  return {
    cause: name === '' ? 'a lone dash is not an option' : `QEMU 7.2 has no option -${name}, or it is not one VirtDesk can pass safely`,
    fix: 'check the spelling, or remove it',
  };
}

function checkValue(check: ValueCheck, value: string): Refusal | null {
  switch (check) {
    case 'device':
      return checkDevice(value);
    case 'global':
      return checkGlobal(value);
    case 'object':
      return checkKeyVals(value, 'qom-type', (kv) => {
        const type = kv.find((k) => k.key === 'qom-type')?.value ?? '';
        return SAFE_OBJECTS.includes(type)
          ? null
          : {
              cause: `the object type "${type}" may open host files, sockets or devices`,
              fix: `use one of ${SAFE_OBJECTS.join(', ')}, or remove it`,
            };
      });
    case 'audiodev':
      return checkKeyVals(value, 'driver', (kv) => {
        const driver = kv.find((k) => k.key === 'driver')?.value ?? '';
        if (!SAFE_AUDIO.includes(driver)) {
          return {
            cause: `the audio back end "${driver}" writes host files or needs a display VirtDesk does not run`,
            fix: `use one of ${SAFE_AUDIO.join(', ')}`,
          };
        }
        const bad = kv.find((k) => keySegments(k.key).some((s) => AUDIO_OPENING_KEYS.has(s)));
        return bad
          ? {
              cause: `"${bad.key}=" names a host device or sound server socket`,
              fix: "remove it and let the back end use the host's default",
            }
          : null;
      });
    case 'fw_cfg':
      return checkKeyVals(value, 'name');
    case 'keyval':
      return checkKeyVals(value);
    case 'keyval-shift':
      return checkKeyVals(value, 'shift');
    case 'keyval-enable':
      return checkKeyVals(value, 'enable');
    case 'keyval-type':
      return checkKeyVals(value, 'type');
    case 'action':
      return checkKeyVals(value, undefined, (kv) =>
        kv.some((k) => k.key === 'shutdown' && k.value === 'pause')
          ? { cause: 'QEMU would stay paused after the guest powers off, while VirtDesk waits for it to end', fix: 'remove shutdown=pause' }
          : null,
      );
    case 'watchdog-action':
      return oneOf(value, WATCHDOG_ACTIONS, 'a watchdog action');
    case 'k':
      return /^[a-z]{2}(-[a-z]{2})?$/.test(value)
        ? null
        : { cause: 'it is not a keyboard layout name', fix: 'use a layout like en-us, fr or de-ch' };
    case 'vga':
      return oneOf(value, VGA_TYPES, 'a VGA card type');
    case 'usbdevice':
      return oneOf(value, USB_DEVICES, 'a USB device VirtDesk can add without host access');
    case 'd':
      if (value.split(',').some(isHelp)) return HELP;
      return /^[\w:*.,-]+$/.test(value)
        ? null
        : { cause: 'it is not a list of log items', fix: 'write items like guest_errors,unimp (see qemu-system-x86_64 -d help)' };
    case 'dfilter':
      return /^[0-9a-fx+.,-]+$/i.test(value)
        ? null
        : { cause: 'it is not a list of address ranges', fix: 'write ranges like 0x1000+0x100,0x8000..0x9000' };
    case 'seed':
      return /^\d+$/.test(value) ? null : { cause: 'it is not a number', fix: 'write a whole number' };
  }
}

const HELP: Refusal = { cause: 'QEMU would print help and exit instead of running the VM', fix: 'remove "help"' };
const isHelp = (s: string) => s === 'help' || s === '?';

/**
 * The checks every key=value option gets: no JSON form (it has its own, unchecked, key syntax), no
 * help, no key that opens a host file or socket; then the option's own check, if any.
 */
function checkKeyVals(value: string, impliedKey?: string, own?: (kv: KeyVal[]) => Refusal | null): Refusal | null {
  if (value.trimStart().startsWith('{')) {
    return { cause: 'VirtDesk checks key=value options only, not their JSON form', fix: 'write it as key=value pairs separated by commas' };
  }
  const kv = parseKeyVal(value, impliedKey);
  if (kv.some((k) => isHelp(k.key) || (k.key === impliedKey && isHelp(k.value)))) return HELP;
  const opening = kv.find((k) => keySegments(k.key).some((s) => OPENING_KEYS.has(s)));
  if (opening) return openingKey(opening.key);
  return own ? own(kv) : null;
}

function openingKey(key: string): Refusal {
  return {
    cause: `"${key}=" makes QEMU open a host file, socket or descriptor (or another chardev), which VirtDesk does not check`,
    fix: 'remove that part (a VM uses host files only through its Disks, CD-ROMs and Kernel boot settings)',
  };
}

function checkDevice(value: string): Refusal | null {
  return checkKeyVals(value, 'driver', (kv) => {
    const driver = kv.find((k) => k.key === 'driver')?.value ?? '';
    const host = HOST_DEVICE_DRIVERS.find(([re]) => re.test(driver));
    return host ? { cause: `the device "${driver}" ${host[1]}`, fix: 'remove it' } : null;
  });
}

/**
 * -global has two forms (softmmu/vl.c qemu_global_option): "driver.property=value", where everything
 * after the first "=" is the value (commas included), and key=value with driver=, property=, value=.
 */
function checkGlobal(value: string): Refusal | null {
  const short = /^([^.=]{1,63})\.([^=]{1,63})=/.exec(value);
  if (short) {
    const property = short[2]!;
    return keySegments(property).some((s) => OPENING_KEYS.has(s)) ? openingKey(`${short[1]}.${property}`) : null;
  }
  return checkKeyVals(value, undefined, (kv) => {
    const property = kv.find((k) => k.key === 'property')?.value ?? '';
    return keySegments(property).some((s) => OPENING_KEYS.has(s)) ? openingKey(`property=${property}`) : null;
  });
}

function oneOf(value: string, allowedValues: string[], what: string): Refusal | null {
  if (isHelp(value)) return HELP;
  return allowedValues.includes(value) ? null : { cause: `it is not ${what}`, fix: `use one of ${allowedValues.join(', ')}` };
}

/** An argument as the message quotes it: at most 60 characters. */
function show(arg: string): string {
  const clean = arg.replace(/[\x00-\x1f\x7f]/g, '?');
  return JSON.stringify(clean.length > 60 ? `${clean.slice(0, 57)}...` : clean);
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
