// The small field schemas everything else is built from. Each message says what is wrong and what to
// do, because the same text reaches the wizard, the hardware editor, the command line and API callers.
import { z } from 'zod';
import { says, type Message } from '../i18n/message.js';
import { addMessageIssue, said } from './schema-messages.js';

export const MAX_NAME_LENGTH = 64;

/**
 * Control characters (NUL, newline, escape...) never reach a QEMU command line: QEMU cannot take a NUL
 * in an argument at all, and the others end up in logs and terminals as commands of their own.
 */
const CONTROL_CHAR = /[\u0000-\u001f\u007f]/;

/** "The path contains a control character (U+000A) at position 3: remove it.", or null. */
export function controlCharIssue(s: string, what: Message): Message | null {
  const m = CONTROL_CHAR.exec(s);
  if (!m) return null;
  const code = `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  return says('validation:text.controlCharAt', { what, code, position: m.index + 1 });
}

/** Text that may end up in a QEMU argument: any characters but control characters. */
export function argvText(max: number, what: Message) {
  return z
    .string()
    .max(max, said('validation:text.tooLong', { what, max }))
    .superRefine((s, ctx) => {
      const issue = controlCharIssue(s, what);
      if (issue) addMessageIssue(ctx, [], issue);
    });
}

// Letters and digits of any script, then also space . _ - , + ( ). No slash, no leading dot or dash, so
// a name can never be read as a path or an option, even though VM folders are named by id, not by name.
const NAME_RE = /^[\p{L}\p{N}][\p{L}\p{N} ._,+()-]*$/u;

export const vmName = z
  .string()
  .trim()
  .min(1, said('validation:name.empty'))
  .max(MAX_NAME_LENGTH, said('validation:name.tooLong', { max: MAX_NAME_LENGTH }))
  .regex(NAME_RE, said('validation:name.chars'));

export const macAddress = z.string().regex(/^52:54:00(:[0-9a-f]{2}){3}$/, said('validation:mac.format'));

/** A file the user names: always absolute, so it never depends on where the engine runs. */
export const absolutePath = z
  .string()
  .min(1, said('validation:path.empty'))
  .max(4096, said('validation:path.tooLong'))
  .refine((p) => p.startsWith('/'), said('validation:path.absolute'))
  .superRefine((p, ctx) => {
    const issue = controlCharIssue(p, says('validation:what.path'));
    if (issue) addMessageIssue(ctx, [], issue);
  });

export const vmId = z.uuid(said('validation:id.vm'));

export const accel = z.enum(['auto', 'kvm', 'tcg']);

const port = (what: 'host' | 'guest') => {
  const which = says(`validation:port.${what}`);
  return z
    .number({ error: said('validation:port.number', { which }) })
    .int(said('validation:port.whole', { which }))
    .min(1, said('validation:port.range', { which }))
    .max(65535, said('validation:port.range', { which }));
};

export const portForward = z.object({
  proto: z.enum(['tcp', 'udp']),
  /** Bound on 127.0.0.1 only: a forward never opens a port to the network. */
  hostPort: port('host').min(1024, said('validation:port.unprivileged')),
  guestPort: port('guest'),
});

export const bridgeName = z.string().regex(/^[A-Za-z0-9_.-]{1,15}$/, said('validation:bridge.name'));

/** A private network's name (VirtDesk's own, not a host interface): letters, digits, - and _. */
export const privateNetworkName = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$/, said('validation:privateNetwork.name'));

/**
 * A shared folder's mount tag, what the guest mounts (mount -t virtiofs TAG /mnt). 9p allows at most
 * 31 bytes, virtiofs 36: the shorter rule fits both.
 */
export const mountTag = z.string().regex(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,30}$/, said('validation:sharedFolder.tag'));

/** A lab: VMs made together from one VM, on one private network, deleted together. */
export const labName = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$/, said('validation:lab.name'));

export const machineType = z
  .string()
  .max(64, said('validation:machine.tooLong'))
  .regex(/^[a-z0-9][a-z0-9._-]*$/, said('validation:machine.format'));

export const cpuModel = z
  .string()
  .max(256, said('validation:cpuModel.tooLong'))
  .regex(/^[A-Za-z0-9][A-Za-z0-9._+=,-]*$/, said('validation:cpuModel.format'));

export const MAX_DISK_GIB = 16 * 1024; // 16 TiB: qcow2 allows more, but larger is almost surely a typo

export const diskSizeGiB = z
  .number({ error: said('validation:disk.sizeNumber') })
  .positive(said('validation:disk.sizePositive'))
  .min(0.001, said('validation:disk.sizeMin'))
  .max(MAX_DISK_GIB, said('validation:disk.sizeMax', { max: MAX_DISK_GIB }));

export const diskIndex = z
  .number()
  .int(said('validation:disk.indexWhole'))
  .min(0, said('validation:disk.indexRange'))
  .max(63, said('validation:disk.indexRange'));

/**
 * A snapshot's name (its qcow2 tag): letters, digits, spaces, . _ -; not only digits, because
 * qemu-img and QEMU also accept a snapshot's numeric id where a name goes.
 */
export const snapshotName = z
  .string()
  .trim()
  .min(1, said('validation:snapshot.empty'))
  .max(64, said('validation:snapshot.tooLong'))
  .regex(/^[\p{L}\p{N} ._-]+$/u, said('validation:snapshot.chars'))
  .refine((s) => !/^\d+$/.test(s), said('validation:snapshot.number'));

/** Free text a person reads (descriptions): any length up to max, no NUL or escape sequences. */
export function plainText(max: number, what: Message) {
  return z
    .string()
    .max(max, said('validation:text.tooLong', { what, max }))
    .refine((s) => !/[\u0000-\u0008\u000b-\u001f\u007f]/.test(s), said('validation:text.controlChar', { what }));
}

/** An OS as libosinfo names it (short id, e.g. "debian12", "win11"). */
export const osId = z
  .string()
  .max(64, said('validation:os.tooLong'))
  .regex(/^[A-Za-z0-9][A-Za-z0-9._+-]*$/, said('validation:os.format'));

/** One-click ways out of a crash or a warning (see shared/model/vm-state.ts). */
export const remedy = z.enum(['use-tcg', 'use-safe-cpu', 'keep-waiting']);

/** serial0: the guest's first serial port; monitor: QEMU's human monitor (HMP); vnc: the screen (RFB). */
/** serial0: the first serial port; hvc0: the virtio console (consoleDevice 'virtio'); monitor: HMP; vnc: the screen. */
export const consoleStream = z.enum(['serial0', 'hvc0', 'monitor', 'vnc']);
