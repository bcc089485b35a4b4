// One engine per user and data folder: <runtimeDir>/engine.json names the process that runs it, where
// its server answers and its API token. Two engines over the same folders would fight over the same
// QMP sockets, pidfiles and vm.json files, so whoever runs the engine (`virtdesk --headless`, or the
// desktop app's engine process) takes this lock first and lets go of it on a clean exit.
//
// "Held" means: the file exists, its pid is alive, AND its url answers. A file left by a killed engine
// (kill -9, a crash, a reboot) fails one of those and is taken over. The file is private (0600: it
// carries the token) and appears whole: written to a temp file, then linked into place, which fails
// when another engine got there first (rename would silently replace it).
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApiError } from '../../shared/api.js';
import { says } from '../../shared/i18n/index.js';

/** Who runs the engine: the desktop app's engine process, `virtdesk --headless`, or a `virtdesk` command's own. */
export type EngineKind = 'electron' | 'headless' | 'command';
const KINDS: readonly EngineKind[] = ['electron', 'headless', 'command'];

export interface EngineLockInfo {
  pid: number;
  /** http://127.0.0.1:PORT, the engine's loopback server (API at /api?token=..., consoles at /console/...). */
  url: string;
  token: string;
  kind: EngineKind;
  /** ISO date. */
  startedAt: string;
}

export const engineLockFile = (runtimeDir: string) => path.join(runtimeDir, 'engine.json');

/** The engine's WebSocket origin and its API's URL, from what the lock says (for a client of that engine). */
export function engineEndpoints(info: Pick<EngineLockInfo, 'url' | 'token'>): { wsBase: string; apiUrl: string } {
  const wsBase = info.url.replace(/^http/, 'ws');
  return { wsBase, apiUrl: `${wsBase}/api?token=${encodeURIComponent(info.token)}` };
}

/** What engine.json says, or null when it is missing or not a lock this version can read. */
export function readEngineLock(runtimeDir: string): EngineLockInfo | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(engineLockFile(runtimeDir), 'utf8'));
  } catch {
    return null;
  }
  const o = parsed as Partial<EngineLockInfo> | null;
  const valid =
    typeof o === 'object' &&
    o !== null &&
    Number.isInteger(o.pid) &&
    (o.pid ?? 0) > 0 &&
    typeof o.url === 'string' &&
    typeof o.token === 'string' &&
    KINDS.includes(o.kind as EngineKind) &&
    typeof o.startedAt === 'string';
  return valid ? (o as EngineLockInfo) : null;
}

export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'; // alive, someone else's
  }
}

/** Any HTTP answer from url within timeoutMs (the server refuses most requests; answering is enough). */
export function answers(url: string, timeoutMs = 3000): Promise<boolean> {
  return new Promise((resolve) => {
    let req: http.ClientRequest;
    try {
      req = http.get(url, { timeout: timeoutMs }, (res) => {
        res.resume();
        resolve(true);
      });
    } catch {
      resolve(false);
      return;
    }
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(false));
  });
}

/** The live engine that holds the lock, or null (no file, or one a dead engine left). */
export async function engineHolder(runtimeDir: string): Promise<EngineLockInfo | null> {
  const info = readEngineLock(runtimeDir);
  if (!info || !pidAlive(info.pid)) return null;
  return (await answers(info.url)) ? info : null;
}

/**
 * The process that started `pid` (from /proc), or `pid` itself when that cannot be read. The desktop
 * app's engine is a utility process the app starts again when it dies: stopping means quitting the app.
 */
function parentOf(pid: number): number {
  try {
    // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so count from its last ")".
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    return Number.isInteger(ppid) && ppid > 1 ? ppid : pid;
  } catch {
    return pid;
  }
}

const HELD_BY = {
  electron: 'engine:lock.heldByApp',
  headless: 'engine:lock.heldByHeadless',
  command: 'engine:lock.heldByCommand',
} as const;

/** The refusal when another engine runs: which process, where, and how to stop it. */
export function engineHeldError(holder: EngineLockInfo, runtimeDir: string): ApiError {
  return new ApiError(
    'conflict',
    says(HELD_BY[holder.kind], {
      pid: holder.pid,
      ...(holder.kind === 'electron' ? { appPid: parentOf(holder.pid) } : {}),
      url: holder.url,
      since: holder.startedAt,
      file: engineLockFile(runtimeDir),
    }),
    { holder: { pid: holder.pid, url: holder.url, kind: holder.kind, startedAt: holder.startedAt } },
  );
}

export interface EngineLock {
  readonly info: EngineLockInfo;
  /** Removes engine.json if it is still ours (a clean exit). */
  release(): void;
}

/**
 * Takes the lock for this process, or throws engineHeldError naming the live engine that holds it.
 * The runtime folder must exist and be private (fs-safety/ensureRuntimeRoot) before this is called.
 */
export async function takeEngineLock(runtimeDir: string, entry: Omit<EngineLockInfo, 'pid' | 'startedAt'>): Promise<EngineLock> {
  const info: EngineLockInfo = { pid: process.pid, ...entry, startedAt: new Date().toISOString() };
  const file = engineLockFile(runtimeDir);
  const temp = `${file}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
  fs.writeFileSync(temp, `${JSON.stringify(info, null, 2)}\n`, { mode: 0o600 });
  try {
    // A few rounds: after a stale file is moved aside, another starting engine may win the place first.
    for (let round = 0; round < 3; round++) {
      try {
        fs.linkSync(temp, file);
        return { info, release: () => releaseIfOurs(file, info) };
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      }
      const holder = await engineHolder(runtimeDir);
      if (holder) throw engineHeldError(holder, runtimeDir);
      moveAsideIfUnchanged(file, fs.readFileSync(file, 'utf8'));
    }
    const holder = await engineHolder(runtimeDir);
    throw holder ? engineHeldError(holder, runtimeDir) : new Error(`could not take ${file}: other engines keep starting on these folders`);
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

/** A stale lock goes, unless another engine replaced it since we read it (then it is theirs). */
function moveAsideIfUnchanged(file: string, seen: string): void {
  const aside = `${file}.stale-${process.pid}`;
  try {
    fs.renameSync(file, aside);
  } catch {
    return; // someone else moved it: the next round sees what is there now
  }
  if (fs.readFileSync(aside, 'utf8') === seen) fs.rmSync(aside, { force: true });
  else {
    // Not the stale file we judged: put it back if the place is still free.
    try {
      fs.linkSync(aside, file);
    } catch {
      /* another lock is there already; the next round judges it */
    }
    fs.rmSync(aside, { force: true });
  }
}

function releaseIfOurs(file: string, info: EngineLockInfo): void {
  const now = readEngineLock(path.dirname(file));
  const ours = now && (Object.keys(info) as (keyof EngineLockInfo)[]).every((k) => now[k] === info[k]);
  if (ours) fs.rmSync(file, { force: true });
}
