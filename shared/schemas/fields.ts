// The small field schemas everything else is built from. Each message says what is wrong and what to
// do, because the same text reaches the wizard, the hardware editor, the command line and API callers.
import { z } from 'zod';

export const MAX_NAME_LENGTH = 64;

/**
 * Control characters (NUL, newline, escape...) never reach a QEMU command line: QEMU cannot take a NUL
 * in an argument at all, and the others end up in logs and terminals as commands of their own.
 */
const CONTROL_CHAR = /[\u0000-\u001f\u007f]/;

export function controlCharIssue(s: string): string | null {
  const m = CONTROL_CHAR.exec(s);
  if (!m) return null;
  const code = `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  return `contains a control character (${code}) at position ${m.index + 1}: remove it.`;
}

/** Text that may end up in a QEMU argument: any characters but control characters. */
export function argvText(max: number, what: string) {
  return z
    .string()
    .max(max, `${what} has at most ${max} characters: shorten it.`)
    .superRefine((s, ctx) => {
      const issue = controlCharIssue(s);
      if (issue) ctx.addIssue({ code: 'custom', message: `${what} ${issue}` });
    });
}

// Letters and digits of any script, then also space . _ - , + ( ). No slash, no leading dot or dash, so
// a name can never be read as a path or an option, even though VM folders are named by id, not by name.
const NAME_RE = /^[\p{L}\p{N}][\p{L}\p{N} ._,+()-]*$/u;

export const vmName = z
  .string()
  .trim()
  .min(1, 'Give the VM a name.')
  .max(MAX_NAME_LENGTH, `A name has at most ${MAX_NAME_LENGTH} characters: shorten it.`)
  .regex(NAME_RE, 'Use letters, digits, spaces and . _ - , + ( ); start with a letter or digit (no "/" or "..").');

export const macAddress = z
  .string()
  .regex(/^52:54:00(:[0-9a-f]{2}){3}$/, 'Give a MAC address like 52:54:00:ab:cd:ef (lower case), or leave it empty for a new one.');

/** A file the user names: always absolute, so it never depends on where the engine runs. */
export const absolutePath = z
  .string()
  .min(1, 'Choose a file.')
  .max(4096, 'A path has at most 4096 characters: choose a file with a shorter path.')
  .refine((p) => p.startsWith('/'), 'Give the full path, starting with "/".')
  .superRefine((p, ctx) => {
    const issue = controlCharIssue(p);
    if (issue) ctx.addIssue({ code: 'custom', message: `The path ${issue}` });
  });

export const vmId = z.uuid('Not a VM id: use the id that list returns.');

export const accel = z.enum(['auto', 'kvm', 'tcg']);

const port = (what: string) =>
  z
    .number({ error: `Give the ${what} port as a number.` })
    .int(`Give the ${what} port as a whole number.`)
    .min(1, `Give a ${what} port from 1 to 65535.`)
    .max(65535, `Give a ${what} port from 1 to 65535.`);

export const portForward = z.object({
  proto: z.enum(['tcp', 'udp']),
  /** Bound on 127.0.0.1 only: a forward never opens a port to the network. */
  hostPort: port('host').min(1024, 'Use a host port from 1024 up: lower ones need root.'),
  guestPort: port('guest'),
});

export const bridgeName = z
  .string()
  .regex(/^[A-Za-z0-9_.-]{1,15}$/, 'Give a bridge name like br0 or virbr0 (an interface name, at most 15 characters).');

export const machineType = z
  .string()
  .max(64, "A machine type has at most 64 characters: use a name from QEMU's list.")
  .regex(/^[a-z0-9][a-z0-9._-]*$/, 'A machine type is a name from QEMU\'s list, like "pc" or "q35".');

export const cpuModel = z
  .string()
  .max(256, 'A CPU model has at most 256 characters: shorten it.')
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._+=,-]*$/,
    'Use a CPU model name like "host", "max" or "Skylake-Client", with optional ,+feature,-feature.',
  );

export const MAX_DISK_GIB = 16 * 1024; // 16 TiB: qcow2 allows more, but larger is almost surely a typo

export const diskSizeGiB = z
  .number({ error: 'Give the disk size as a number of GiB.' })
  .positive('Give the disk a size above 0 GiB.')
  .min(0.001, 'Give the disk at least 1 MiB (0.001 GiB).')
  .max(MAX_DISK_GIB, `A disk of more than ${MAX_DISK_GIB} GiB is surely a typo: give a smaller size.`);

export const diskIndex = z
  .number()
  .int('Give the disk index as a whole number (from 0).')
  .min(0, 'Not a disk of this VM: use the index of one of its disks (from 0).')
  .max(63, 'Not a disk of this VM: use the index of one of its disks (from 0).');

/**
 * A snapshot's name (its qcow2 tag): letters, digits, spaces, . _ -; not only digits, because
 * qemu-img and QEMU also accept a snapshot's numeric id where a name goes.
 */
export const snapshotName = z
  .string()
  .trim()
  .min(1, 'Give the snapshot a name.')
  .max(64, 'A snapshot name has at most 64 characters: shorten it.')
  .regex(/^[\p{L}\p{N} ._-]+$/u, 'Use letters, digits, spaces, dots, dashes and underscores only in a snapshot name.')
  .refine((s) => !/^\d+$/.test(s), 'A snapshot name needs a letter: QEMU reads a number as a snapshot id.');

/** Free text a person reads (descriptions): any length up to max, no NUL or escape sequences. */
export function plainText(max: number, what: string) {
  return z
    .string()
    .max(max, `${what} has at most ${max} characters: shorten it.`)
    .refine(
      (s) => !/[\u0000-\u0008\u000b-\u001f\u007f]/.test(s),
      `${what} contains a control character: remove it (line breaks and tabs are fine).`,
    );
}

/** An OS as libosinfo names it (short id, e.g. "debian12", "win11"). */
export const osId = z
  .string()
  .max(64, 'An OS id has at most 64 characters: use an id from the OS list.')
  .regex(/^[A-Za-z0-9][A-Za-z0-9._+-]*$/, 'An OS id is a short name like "debian12" or "win11", from the OS list.');

/** One-click ways out of a crash or a warning (see shared/model/vm-state.ts). */
export const remedy = z.enum(['use-tcg', 'use-safe-cpu', 'keep-waiting']);

/** serial0: the guest's first serial port; monitor: QEMU's human monitor (HMP); vnc: the screen (RFB). */
export const consoleStream = z.enum(['serial0', 'monitor', 'vnc']);
