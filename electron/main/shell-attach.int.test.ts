// One engine per user and folders, seen from the desktop app (the built dist/electron/main/index.js
// against the electron stand-in, `npx tsc -b` first): started while `virtdesk --headless` runs on the
// same folders, the app uses that engine (no engine process of its own, calls and consoles go to it);
// when it stops, the app starts its own engine on the same VMs; a `virtdesk --headless` started then is
// refused, naming the app's process and how to stop it, in the language of LANG. No QEMU starts.
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { VmSummary } from '../../shared/model/index.js';
import { readEngineLock } from '../engine/engine-lock.js';
import { CLI, rpcClient, startHeadlessCli, type HeadlessCli } from '../engine/store/test-support/headless-cli.js';
import { kernelVm, requireGuest, tempDirs } from '../engine/test-support/guest.js';
import { electron, recorded } from './test-support/electron-stand-in.js';
import { startMain, type MainUnderTest } from './test-support/main-under-test.js';

vi.mock('electron', async () => (await import('./test-support/electron-stand-in.js')).electron);

const dirs = tempDirs();
let headless: HeadlessCli;
let main: MainUnderTest;

beforeAll(async () => {
  requireGuest();
  headless = await startHeadlessCli(dirs, 'attach-test-token');
  main = await startMain(dirs);
}, 90_000);

afterAll(async () => {
  for (const child of recorded.engines) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  if (headless.child.exitCode === null && headless.child.signalCode === null) headless.child.kill('SIGKILL');
  await headless.exited;
  dirs.cleanup();
});

describe('the desktop app beside a running engine', () => {
  it('uses the headless engine that holds the folders, with no engine of its own', async () => {
    expect(recorded.engines).toEqual([]);
    expect(recorded.errorBoxes).toEqual([]);
    expect(readEngineLock(dirs.runtimeDir)).toMatchObject({ pid: headless.child.pid, kind: 'headless' });
    // Consoles too: their tickets resolve against that engine's server (which accepts virtdesk://app).
    expect(await main.ipc('virtdesk:console-base', main.ours())).toBe(headless.origin.replace(/^http/, 'ws'));
    const vm = await main.call<VmSummary>('create', kernelVm('made in the app'));
    const browser = await rpcClient(headless);
    try {
      expect((await browser.call<VmSummary[]>('list', {})).map((v) => v.id)).toEqual([vm.id]);
    } finally {
      browser.close();
    }
  });

  it('starts its own engine when that one stops, on the same VMs', async () => {
    const seen = main.engineStates().length;
    headless.child.kill('SIGTERM');
    await headless.exited;
    await main.reopened(seen);
    expect(recorded.engines.length).toBe(1);
    expect(readEngineLock(dirs.runtimeDir)).toMatchObject({ pid: recorded.engines[0]!.pid, kind: 'electron' });
    expect((await main.call<VmSummary[]>('list', {})).map((v) => v.name)).toEqual(['made in the app']);
  });

  it('has a later `virtdesk --headless` refused, naming the app and how to stop it, in the language of LANG', () => {
    const { LANGUAGE: _l, LC_ALL: _a, LC_MESSAGES: _m, ...env } = process.env;
    const args = [CLI, '--headless', '--port', '0', '--data-dir', dirs.dataDir, '--runtime-dir', dirs.runtimeDir];
    const run = (lang: string) => spawnSync(process.execPath, args, { env: { ...env, LANG: lang }, encoding: 'utf8', timeout: 60_000 });
    // The app is this test's process: the stand-in forks the engine from it.
    const en = run('C');
    expect(en.status).toBe(1);
    expect(en.stderr).toContain(`The VirtDesk desktop app (process ${process.pid}) already runs the engine for these folders`);
    expect(en.stderr).toContain(`engine process ${recorded.engines[0]!.pid}`);
    expect(en.stderr).toContain(`kill ${process.pid}`);
    const fr = run('fr_FR.UTF-8');
    expect(fr.status).toBe(1);
    expect(fr.stderr).toContain(`L’application VirtDesk (processus ${process.pid}) fait déjà tourner le moteur de ces dossiers`);
    expect(readEngineLock(dirs.runtimeDir)?.pid).toBe(recorded.engines[0]!.pid); // untouched
  });

  it('quits, its engine removing the lock', async () => {
    const engine = recorded.engines[0]!;
    const ended = new Promise<void>((resolve) => engine.once('exit', () => resolve()));
    electron.app.quit();
    await ended;
    expect(readEngineLock(dirs.runtimeDir)).toBeNull();
  });
});
