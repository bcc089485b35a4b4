// The folders only VirtDesk (as this user) may write to. The runtime root holds the QMP, monitor and
// VNC sockets and the pidfiles of running VMs: whoever can rename things in it can hide a running QEMU
// from VirtDesk (it then shows "stopped" and Start launches a second QEMU on the same disks) or put
// their own socket where VirtDesk expects QEMU's. So it must be ours, private, and reachable only
// through folders that others cannot rearrange.
import fs from 'node:fs/promises';
import path from 'node:path';
import { ApiError } from '../../../shared/api.js';
import { says, type Message } from '../../../shared/i18n/index.js';

/** An ApiError, so the desktop app and the command line show it in their reader's language. */
export class UnsafeFolderError extends ApiError {
  override name = 'UnsafeFolderError';
  constructor(said: Message) {
    super('io', said);
  }
}

const octal = (mode: number) => `0${(mode & 0o7777).toString(8)}`;
const myUid = () => process.getuid?.() ?? 0;

/** "uid 1001 (alice)" when /etc/passwd names it, else "uid 1001". */
async function describeUid(uid: number): Promise<string> {
  const passwd = await fs.readFile('/etc/passwd', 'utf8').catch(() => '');
  const name = passwd
    .split('\n')
    .map((l) => l.split(':'))
    .find((f) => f[2] === String(uid))?.[0];
  return name ? `uid ${uid} (${name})` : `uid ${uid}`;
}

/**
 * Create the runtime root 0700 if it is missing, then make sure it is safe to use: not a symbolic
 * link, a folder, owned by this user, writable by nobody else, and every folder above it either
 * owned by this user or root and not writable by others (or sticky, like /tmp). A folder that is
 * ours and only readable by others is tightened to 0700 (nobody else could have put anything in it);
 * anything else is refused with an UnsafeFolderError that names the folder, the cause and the fix.
 */
export async function ensureRuntimeRoot(dir: string): Promise<void> {
  const refuse = (cause: Message) => new UnsafeFolderError(says('engine:runtimeDir.refused', { dir, cause }));

  await checkAncestors(dir, refuse);
  // Whatever is there already (folder, file, link) is left as it is here and judged by the lstat below.
  await fs.mkdir(dir, { recursive: true, mode: 0o700 }).catch((err: NodeJS.ErrnoException) => {
    if (err.code !== 'EEXIST') throw refuse(says('engine:runtimeDir.cannotCreate', { code: err.code ?? err.message }));
  });
  const st = await fs.lstat(dir);
  if (st.isSymbolicLink()) {
    const target = await fs.readlink(dir).catch(() => '?');
    throw refuse(says('engine:runtimeDir.symlink', { target }));
  }
  if (!st.isDirectory()) throw refuse(says('engine:runtimeDir.notFolder'));
  if (st.uid !== myUid()) throw refuse(says('engine:runtimeDir.notYours', { owner: await describeUid(st.uid), uid: myUid() }));
  if (st.mode & 0o022) throw refuse(says('engine:runtimeDir.openMode', { mode: octal(st.mode) }));
  if (st.mode & 0o077) await fs.chmod(dir, 0o700);
}

/**
 * Every folder above `dir`: another user who can write to one of them (without the sticky bit that
 * /tmp has) or who owns one can rename our folder away and put theirs in its place.
 */
async function checkAncestors(dir: string, refuse: (cause: Message) => Error): Promise<void> {
  const uid = myUid();
  // The real folders above it: a symlink on the way is judged by where it leads.
  const parent = await realpathOfExisting(path.dirname(path.resolve(dir)));
  for (let p = parent; ; p = path.dirname(p)) {
    const st = await fs.stat(p).catch(() => null); // a missing one is made by mkdir below, ours
    if (st) {
      if (st.uid !== uid && st.uid !== 0) {
        throw refuse(says('engine:runtimeDir.parentOwner', { parent: p, owner: await describeUid(st.uid) }));
      }
      if (st.mode & 0o022 && !(st.mode & 0o1000)) throw refuse(says('engine:runtimeDir.parentMode', { parent: p, mode: octal(st.mode) }));
    }
    if (p === path.dirname(p)) return;
  }
}

/** realpath of `p`, or of its nearest existing ancestor with the missing rest appended. */
async function realpathOfExisting(p: string): Promise<string> {
  try {
    return await fs.realpath(p);
  } catch {
    const up = path.dirname(p);
    return up === p ? p : path.join(await realpathOfExisting(up), path.basename(p));
  }
}

/**
 * The data folder (definitions and disks): created 0700; one that exists and is ours is tightened to
 * 0700. Only the folder itself, not chmod -R: with the top closed, nobody else reaches anything
 * inside, and files inside keep whatever modes the user gave them on purpose (disks the user picked
 * elsewhere are not in it anyway). A data folder of another user (root running VirtDesk on someone's
 * folder) is left as it is: its owner decides.
 */
export async function ensurePrivateDataDir(dir: string): Promise<void> {
  await fs.mkdir(dir, { recursive: true, mode: 0o700 });
  const st = await fs.stat(dir); // follows a symlink: moving the data to another disk that way is fine
  if (st.uid === myUid() && st.mode & 0o077) await fs.chmod(dir, 0o700);
}
