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
import type files from '../../../shared/i18n/catalogs/en/files.js';
import { says, type Message, type Param } from '../../../shared/i18n/index.js';
import { lines } from './messages.js';
import { keySegments, parseKeyVal, type KeyVal } from './qemu-keyval.js';
import { optionRule, type Refusal, type ValueCheck } from './qemu-options.js';

export interface ExtraArgProblem {
  /** Index into extraArgs of the element at fault (the option, or the value it rejects). */
  index: number;
  /** "extraArgs.<index>", the dotted input path the editor marks. */
  field: string;
  /** Names the argument, the cause and the fix. */
  message: Message;
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

type Texts = (typeof files)['extraArgs'];
/** "json" for the pair "jsonCause", "jsonFix". */
type PairOf<K> = K extends `${infer B}Fix` ? B : never;
/** A refusal whose cause and fix are a pair in the catalog. */
const pair = (k: PairOf<keyof Texts>): Refusal => ({ cause: says(`files:extraArgs.${k}Cause`), fix: says(`files:extraArgs.${k}Fix`) });
const REMOVE_IT = says('files:extraArgs.removeIt');

/** -device drivers that hand the guest host hardware or host files, whatever their keys say. */
const HOST_DEVICE_DRIVERS: Array<[RegExp, keyof Texts['device']]> = [
  [/^vfio-/, 'vfio'],
  [/^vhost-/, 'vhost'],
  [/^usb-host$/, 'usbHost'],
  [/^u2f-passthru$/, 'u2f'],
  [/^usb-mtp$/, 'mtp'],
  [/^virtio-input-host/, 'input'],
  [/^(guest-)?loader$/, 'loader'],
  [/^ccid-card-/, 'smartCard'],
  [/^xen-/, 'xen'],
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
  const add = (index: number, thing: Param, r: Refusal) => {
    if (flagged.has(index)) return;
    flagged.add(index);
    problems.push({
      index,
      field: `extraArgs.${index}`,
      message: says('files:extraArgs.problem', { n: index + 1, thing, cause: r.cause, fix: r.fix }),
    });
  };
  // Control characters first: no argv may carry a NUL, and a newline would forge lines in logs and scripts.
  args.forEach((a, i) => {
    if (/[\x00-\x1f\x7f]/.test(a)) add(i, show(a), pair('controlChar'));
  });

  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('-')) {
      const prev = i > 0 ? optionRule(args[i - 1]!.replace(/^--?/, '')) : undefined;
      add(i, arg === '' ? says('files:extraArgs.empty') : show(arg), {
        cause: says('files:extraArgs.bareWordCause'),
        fix: prev && !prev.arg ? says('files:extraArgs.bareWordFixAfterFlag', { option: args[i - 1]! }) : REMOVE_IT,
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
      add(i, show(arg), { cause: says('files:extraArgs.needsValueCause'), fix: says('files:extraArgs.needsValueFix', { option: arg }) });
      continue;
    }
    i++;
    const refusal = checkValue(rule.value, args[i]!);
    if (refusal) add(i, says('files:extraArgs.valueOf', { value: show(args[i]!), option: arg }), refusal);
  }
  return problems.sort((a, b) => a.index - b.index);
}

/** Throws ApiError('invalid') listing every problem; details.field is the first one's. */
export function assertExtraArgs(args: readonly string[]): void {
  const problems = checkExtraArgs(args);
  if (!problems.length) return;
  throw new ApiError('invalid', lines(problems.map((p) => p.message)), { field: problems[0]!.field, problems });
}

function unknownOption(name: string): Refusal {
  if (/[=\s]/.test(name)) return pair('joined');
  return {
    cause: name === '' ? says('files:extraArgs.loneDash') : says('files:extraArgs.unknown', { name }),
    fix: says('files:extraArgs.checkSpelling'),
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
              cause: says('files:extraArgs.object', { type }),
              fix: says('files:extraArgs.useOneOfOrRemove', { list: SAFE_OBJECTS.join(', ') }),
            };
      });
    case 'audiodev':
      return checkKeyVals(value, 'driver', (kv) => {
        const driver = kv.find((k) => k.key === 'driver')?.value ?? '';
        if (!SAFE_AUDIO.includes(driver)) {
          return {
            cause: says('files:extraArgs.audioDriver', { driver }),
            fix: says('files:extraArgs.useOneOf', { list: SAFE_AUDIO.join(', ') }),
          };
        }
        const bad = kv.find((k) => keySegments(k.key).some((s) => AUDIO_OPENING_KEYS.has(s)));
        return bad ? { cause: says('files:extraArgs.audioKeyCause', { key: bad.key }), fix: says('files:extraArgs.audioKeyFix') } : null;
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
        kv.some((k) => k.key === 'shutdown' && k.value === 'pause') ? pair('shutdownPause') : null,
      );
    case 'watchdog-action':
      return oneOf(value, WATCHDOG_ACTIONS, 'notWatchdogAction');
    case 'k':
      return /^[a-z]{2}(-[a-z]{2})?$/.test(value) ? null : pair('keyboard');
    case 'vga':
      return oneOf(value, VGA_TYPES, 'notVga');
    case 'usbdevice':
      return oneOf(value, USB_DEVICES, 'notUsbDevice');
    case 'd':
      if (value.split(',').some(isHelp)) return HELP;
      return /^[\w:*.,-]+$/.test(value) ? null : pair('logItems');
    case 'dfilter':
      return /^[0-9a-fx+.,-]+$/i.test(value) ? null : pair('ranges');
    case 'seed':
      return /^\d+$/.test(value) ? null : pair('seed');
  }
}

const HELP: Refusal = pair('help');
const isHelp = (s: string) => s === 'help' || s === '?';

/**
 * The checks every key=value option gets: no JSON form (it has its own, unchecked, key syntax), no
 * help, no key that opens a host file or socket; then the option's own check, if any.
 */
function checkKeyVals(value: string, impliedKey?: string, own?: (kv: KeyVal[]) => Refusal | null): Refusal | null {
  if (value.trimStart().startsWith('{')) return pair('json');
  const kv = parseKeyVal(value, impliedKey);
  if (kv.some((k) => isHelp(k.key) || (k.key === impliedKey && isHelp(k.value)))) return HELP;
  const opening = kv.find((k) => keySegments(k.key).some((s) => OPENING_KEYS.has(s)));
  if (opening) return openingKey(opening.key);
  return own ? own(kv) : null;
}

function openingKey(key: string): Refusal {
  return { cause: says('files:extraArgs.openingCause', { key }), fix: says('files:extraArgs.openingFix') };
}

/** Device ids of VirtDesk's virtio console (argv/build-args.ts): a second device with one stops QEMU. */
const CONSOLE_DEVICE_IDS = new Set(['vser0', 'console0']);

function checkDevice(value: string): Refusal | null {
  return checkKeyVals(value, 'driver', (kv) => {
    const driver = kv.find((k) => k.key === 'driver')?.value ?? '';
    const host = HOST_DEVICE_DRIVERS.find(([re]) => re.test(driver));
    if (host) return { cause: says(`files:extraArgs.device.${host[1]}`, { driver }), fix: REMOVE_IT };
    const id = kv.find((k) => k.key === 'id' && CONSOLE_DEVICE_IDS.has(k.value))?.value;
    return id ? { cause: says('files:extraArgs.consoleIdCause', { id }), fix: says('files:extraArgs.consoleIdFix') } : null;
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

function oneOf(value: string, allowedValues: string[], notIt: 'notWatchdogAction' | 'notVga' | 'notUsbDevice'): Refusal | null {
  if (isHelp(value)) return HELP;
  return allowedValues.includes(value)
    ? null
    : { cause: says(`files:extraArgs.${notIt}`), fix: says('files:extraArgs.useOneOf', { list: allowedValues.join(', ') }) };
}

/** An argument as the message quotes it: at most 60 characters. */
function show(arg: string): string {
  const clean = arg.replace(/[\x00-\x1f\x7f]/g, '?');
  return JSON.stringify(clean.length > 60 ? `${clean.slice(0, 57)}...` : clean);
}
