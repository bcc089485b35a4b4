// The virtiofsd processes of a VM's shared folders: one per virtiofs share, started before QEMU, which
// connects to its socket. Like QEMU they are detached (own session), so they outlive an engine restart
// with the VM they serve; their lifetime is QEMU's: virtiofsd exits when QEMU closes the vhost-user
// connection, whatever ended QEMU. What that leaves uncovered - QEMU never started or never connected
// (a failed start, an engine killed in between) - is stopVirtiofsds(), run on a failed start, when a
// VM ends and when an engine takes the VM in at start. Each one's pid is in virtiofs<N>.pid beside its
// socket, and a pid counts only while its command line still names that socket (pids are reused).
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import { ApiError } from '../../../shared/api.js';
import { says } from '../../../shared/i18n/index.js';
import type { SharedFolder } from '../../../shared/shared-folders.js';
import { virtiofsdArgs } from '../argv/shared-folder-args.js';
import { causeOf } from '../engine-messages.js';
import { virtiofsFiles } from '../paths.js';
import { lastLines } from './log-tail.js';
import { cmdlineOf, hasEnded, readPidfile, waitForExit } from './proc.js';

/** virtiofsd makes its socket within milliseconds; a busy host gets generous room. */
const SOCKET_WITHIN_MS = 15_000;
const STOP_GRACE_MS = 1_000;
const PIDFILE = /^virtiofs(\d+)\.pid$/;

export interface VirtiofsShare {
  share: SharedFolder;
  /** Its index in vm.sharedFolders: names its files and its QEMU device. */
  index: number;
}

/**
 * Start one virtiofsd per share and resolve once every socket is there for QEMU. A failure stops the
 * ones already started and throws a message naming the share, the cause and the fix.
 */
export async function startVirtiofsds(binary: string, runDir: string, shares: readonly VirtiofsShare[]): Promise<void> {
  await fs.mkdir(runDir, { recursive: true, mode: 0o700 });
  await stopVirtiofsds(runDir); // what an earlier run left
  for (const s of shares) {
    try {
      await startOne(binary, runDir, s);
    } catch (err) {
      await stopVirtiofsds(runDir);
      // virtiofsd's own last word when it ran (its log is new for each start), else why it could not.
      const log = await lastLines(virtiofsFiles(runDir, s.index).log);
      const cause = log.trim().split('\n').pop() || causeOf(err);
      throw new ApiError('qemu', says('shares:start.failed', { tag: s.share.tag, path: s.share.hostPath, cause }), {
        field: `sharedFolders.${s.index}.hostPath`,
        log,
      });
    }
  }
}

async function startOne(binary: string, runDir: string, { share, index }: VirtiofsShare): Promise<void> {
  const f = virtiofsFiles(runDir, index);
  await Promise.all([fs.rm(f.socket, { force: true }), fs.rm(f.log, { force: true })]);
  // The policy checked the folder moments ago; checked again here so a vanished one is named as such.
  const st = await fs.stat(share.hostPath).catch(() => null);
  if (!st?.isDirectory()) throw new ApiError('invalid', says(st ? 'shares:policy.cause.notFolder' : 'shares:start.vanished'));
  const log = await fs.open(f.log, 'w', 0o600);
  const child = (() => {
    try {
      return spawn(binary, virtiofsdArgs(share, f.socket), { detached: true, stdio: ['ignore', log.fd, log.fd] });
    } finally {
      void log.close();
    }
  })();
  // Set by the child's events while the loop below waits (an object: TypeScript cannot see a callback's writes).
  const state: { ended: Error | null } = { ended: null };
  child.once('error', (err) => (state.ended = err));
  child.once('exit', (code, signal) => (state.ended ??= new Error(`virtiofsd ended (${signal ?? `exit status ${code}`})`)));
  child.unref();
  if (child.pid !== undefined) await fs.writeFile(f.pidfile, `${child.pid}\n`, { mode: 0o600 });
  const deadline = Date.now() + SOCKET_WITHIN_MS;
  for (;;) {
    if (state.ended) throw state.ended;
    if (
      await fs.stat(f.socket).then(
        (s) => s.isSocket(),
        () => false,
      )
    )
      return;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`no socket after ${SOCKET_WITHIN_MS / 1000} s`);
    }
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** End every virtiofsd of this runtime folder that still runs, and remove their pidfiles and sockets. */
export async function stopVirtiofsds(runDir: string): Promise<void> {
  await Promise.all(
    (await recorded(runDir)).map(async ({ files, pid }) => {
      if (pid !== null) {
        signal(pid, 'SIGTERM');
        if (!(await waitForExit(pid, STOP_GRACE_MS))) signal(pid, 'SIGKILL');
      }
      await Promise.all([fs.rm(files.pidfile, { force: true }), fs.rm(files.socket, { force: true })]);
    }),
  );
}

/** The virtiofsd pids of a runtime folder that still run (for tests and the leftovers check). */
export async function runningVirtiofsds(runDir: string): Promise<number[]> {
  return (await recorded(runDir)).flatMap(({ pid }) => (pid === null ? [] : [pid]));
}

/** Each pidfile of the folder with its files, and its pid while that is still our virtiofsd. */
async function recorded(runDir: string): Promise<Array<{ files: ReturnType<typeof virtiofsFiles>; pid: number | null }>> {
  const names = await fs.readdir(runDir).catch(() => [] as string[]);
  const indexes = names.flatMap((name) => {
    const n = PIDFILE.exec(name)?.[1];
    return n === undefined ? [] : [Number(n)];
  });
  return Promise.all(
    indexes.map(async (n) => {
      const files = virtiofsFiles(runDir, n);
      const pid = await readPidfile(files.pidfile);
      return { files, pid: pid !== null && (await isOurVirtiofsd(pid, files.socket)) ? pid : null };
    }),
  );
}

async function isOurVirtiofsd(pid: number, socket: string): Promise<boolean> {
  if (await hasEnded(pid)) return false;
  return (await cmdlineOf(pid)).includes(`--socket-path=${socket}`);
}

function signal(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(pid, sig);
  } catch {
    /* gone in the meantime */
  }
}
