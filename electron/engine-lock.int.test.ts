// One engine per user and data folder, with the real headless CLI (dist/electron/cli.js, built by
// `npx tsc -b`) as separate processes on the same folders: the second start refuses and names the first
// (pid, address, how to stop it); after a kill -9 of the first, its stale lock is taken over; a clean
// stop removes the lock. No QEMU starts.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { readEngineLock, engineLockFile } from './engine/engine-lock.js';
import { tempDirs } from './engine/test-support/guest.js';
import { CLI, startHeadlessCli, type HeadlessCli } from './engine/store/test-support/headless-cli.js';

const dirs = tempDirs();
const started: HeadlessCli[] = [];
afterAll(async () => {
  for (const cli of started) {
    cli.child.kill('SIGKILL');
    await cli.exited;
  }
  dirs.cleanup();
});

async function start(): Promise<HeadlessCli> {
  const cli = await startHeadlessCli(dirs, 'lock-test-token');
  started.push(cli);
  return cli;
}

describe('the engine lock', () => {
  it('refuses a second engine on the same folders, naming the first; takes over after a kill -9', async () => {
    const first = await start();
    const lock = readEngineLock(dirs.runtimeDir);
    expect(lock).toMatchObject({ pid: first.child.pid, url: first.origin, token: 'lock-test-token', kind: 'headless' });
    expect(fs.statSync(engineLockFile(dirs.runtimeDir)).mode & 0o777).toBe(0o600);

    // The second start ends with status 1 and says who holds the folders and how to stop it.
    const refused = startHeadlessCli(dirs, 'other-token');
    await expect(refused).rejects.toThrow(/ended \(1\) before it listened/);
    await expect(refused).rejects.toThrow(new RegExp(`process ${first.child.pid}, at ${first.origin}.*kill ${first.child.pid}`));
    // In the language of LANG, as every word of the command line.
    const { LANGUAGE: _l, LC_ALL: _a, LC_MESSAGES: _m, ...env } = process.env;
    const fr = spawnSync(
      process.execPath,
      [CLI, '--headless', '--port', '0', '--data-dir', dirs.dataDir, '--runtime-dir', dirs.runtimeDir],
      {
        env: { ...env, LANG: 'fr_FR.UTF-8' },
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(fr.status).toBe(1);
    expect(fr.stderr).toContain(
      `Un autre moteur VirtDesk tourne déjà sur ces dossiers\u00a0: \`virtdesk --headless\`, processus ${first.child.pid}`,
    );
    expect(fr.stderr).toContain(`\`kill ${first.child.pid}\``);
    expect(readEngineLock(dirs.runtimeDir)?.pid).toBe(first.child.pid); // untouched

    first.child.kill('SIGKILL'); // no clean exit: engine.json stays behind, naming a dead process
    await first.exited;
    expect(readEngineLock(dirs.runtimeDir)?.pid).toBe(first.child.pid);
    const next = await start();
    expect(readEngineLock(dirs.runtimeDir)).toMatchObject({ pid: next.child.pid, url: next.origin, token: 'lock-test-token' });

    next.child.kill('SIGTERM'); // a clean stop lets go of the lock
    await next.exited;
    expect(fs.existsSync(engineLockFile(dirs.runtimeDir))).toBe(false);
  });
});
