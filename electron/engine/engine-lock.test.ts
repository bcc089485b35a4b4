// The lock's rules on real files and a real loopback server: what counts as held, what is stale, and
// that a lock is only ever released by the engine that took it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { engineHolder, engineLockFile, readEngineLock, takeEngineLock, type EngineLockInfo } from './engine-lock.js';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vd-lock-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const write = (info: Partial<EngineLockInfo>) => fs.writeFileSync(engineLockFile(dir), JSON.stringify(info));
/** A pid that was just alive and is not any more. */
const deadPid = () => spawnSync(process.execPath, ['-e', '0']).pid;

async function listening(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((_q, res) => res.writeHead(404).end());
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, close: () => new Promise((r) => server.close(() => r())) };
}

describe('engine.json', () => {
  it('reads only a whole, well-formed lock', () => {
    expect(readEngineLock(dir)).toBeNull();
    fs.writeFileSync(engineLockFile(dir), '{"pid": 12');
    expect(readEngineLock(dir)).toBeNull();
    write({ pid: 12, url: 'http://127.0.0.1:1', token: 't', kind: 'desktop' as never, startedAt: 'x' });
    expect(readEngineLock(dir)).toBeNull();
  });

  it('is held by a live process that answers on its url, and refused to a second taker', async () => {
    const server = await listening();
    try {
      const lock = await takeEngineLock(dir, { url: server.url, token: 'secret', kind: 'electron' });
      expect(fs.statSync(engineLockFile(dir)).mode & 0o777).toBe(0o600);
      expect(await engineHolder(dir)).toEqual(lock.info);
      const second = takeEngineLock(dir, { url: 'http://127.0.0.1:1', token: 'other', kind: 'headless' });
      // The desktop app's engine is a process the app restarts: the app (its parent) is the one to stop.
      await expect(second).rejects.toThrow(
        new RegExp(`desktop app \\(process ${process.ppid}\\).*engine process ${process.pid}, at ${server.url}.*kill ${process.ppid}`),
      );
      await expect(second).rejects.toMatchObject({ code: 'conflict', details: { holder: { pid: process.pid, kind: 'electron' } } });
      expect(readEngineLock(dir)?.token).toBe('secret');
      lock.release();
      expect(fs.existsSync(engineLockFile(dir))).toBe(false);
    } finally {
      await server.close();
    }
  });

  it("names a one-shot command's own engine as such: it lets go when the command ends", async () => {
    const server = await listening();
    try {
      const lock = await takeEngineLock(dir, { url: server.url, token: 'secret', kind: 'command' });
      await expect(takeEngineLock(dir, { url: 'http://127.0.0.1:1', token: 'other', kind: 'headless' })).rejects.toThrow(
        new RegExp(`A .virtdesk. command \\(process ${process.pid}.*lets go of them when the command ends.*kill ${process.pid}`),
      );
      lock.release();
    } finally {
      await server.close();
    }
  });

  it('is taken over when its process is dead, or alive but not answering (a reused pid)', async () => {
    write({ pid: deadPid(), url: 'http://127.0.0.1:1', token: 'old', kind: 'headless', startedAt: '2026-01-01T00:00:00Z' });
    expect(await engineHolder(dir)).toBeNull();
    const a = await takeEngineLock(dir, { url: 'http://127.0.0.1:2', token: 'a', kind: 'headless' });
    expect(readEngineLock(dir)?.token).toBe('a');
    // a's own url does not answer: for the next taker it is stale, whatever its pid.
    const b = await takeEngineLock(dir, { url: 'http://127.0.0.1:3', token: 'b', kind: 'headless' });
    expect(readEngineLock(dir)?.token).toBe('b');
    a.release(); // not a's any more: left alone
    expect(readEngineLock(dir)?.token).toBe('b');
    b.release();
    expect(fs.readdirSync(dir)).toEqual([]); // no temp or stale files left behind
  });
});
