// Where the running engine listens: the engine lock, <runtimeDir>/engine.json, which whichever process
// runs the engine (the desktop app or `virtdesk --headless`) writes. A minimal reader of exactly the
// format the lead fixed for issue 16 (engine-lock.ts, its writer, is another change): this side only
// needs the address and the token, and whether the holder is alive.
import fs from 'node:fs';
import path from 'node:path';

export interface EngineAddress {
  pid: number;
  /** http://127.0.0.1:PORT */
  url: string;
  token: string;
  kind: 'electron' | 'headless';
  /** The lock file it came from, for messages. */
  lock: string;
}

export const lockFile = (runtimeDir: string) => path.join(runtimeDir, 'engine.json');

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to someone else, which an engine in our private folder cannot be.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * The engine holding the lock, or null when none does: no file, a file that is not the lock's shape,
 * or one left by a process that is gone (a kill -9). Whether it answers is the connection's to find out.
 */
export function readEngineAddress(runtimeDir: string): EngineAddress | null {
  const lock = lockFile(runtimeDir);
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(lock, 'utf8'));
  } catch {
    return null;
  }
  const r = raw as Partial<EngineAddress> | null;
  if (!r || typeof r.pid !== 'number' || typeof r.url !== 'string' || typeof r.token !== 'string') return null;
  if (!/^http:\/\/[^/]+/.test(r.url) || !alive(r.pid)) return null;
  return { pid: r.pid, url: r.url, token: r.token, kind: r.kind === 'electron' ? 'electron' : 'headless', lock };
}
