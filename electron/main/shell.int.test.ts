// The desktop app's main process (the built dist/electron/main/index.js, `npx tsc -b` first) against
// a stand-in for electron (no Electron binary can run here), with its engine in a real child process
// running the real engine on the real test guest: the window's locked-down preferences, IPC answered
// only for our own page, navigation blocked and window.open limited to our console view, and the
// engine process killed with -9 and started again, the windows told, the VM still running and its
// console re-attached. Then Quit: the engine ends cleanly and removes its lock.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { consoleUrl } from '../../shared/console-url.js';
import type { VmSummary } from '../../shared/model/index.js';
import { engineLockFile, readEngineLock } from '../engine/engine-lock.js';
import { ConsoleReader } from '../engine/test-support/console-reader.js';
import { GUEST_PROMPT, kernelVm, requireGuest, tempDirs } from '../engine/test-support/guest.js';
import { APP_INDEX_URL } from '../server/app-origin.js';
import { electron, recorded, type StandInWindow } from './test-support/electron-stand-in.js';
import { startMain, type MainUnderTest } from './test-support/main-under-test.js';

vi.mock('electron', async () => (await import('./test-support/electron-stand-in.js')).electron);

const dirs = tempDirs();
let win: StandInWindow;
let main: MainUnderTest;
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

beforeAll(async () => {
  requireGuest();
  main = await startMain(dirs);
  win = main.win;
}, 90_000);

afterAll(async () => {
  for (const child of recorded.engines) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  for (const id of fs.existsSync(dirs.runtimeDir) ? fs.readdirSync(dirs.runtimeDir) : []) {
    const pidFile = path.join(dirs.runtimeDir, id, 'qemu.pid');
    if (fs.existsSync(pidFile)) process.kill(Number(fs.readFileSync(pidFile, 'utf8')), 'SIGKILL');
  }
  dirs.cleanup();
});

describe('the desktop shell', () => {
  it('opens our page from virtdesk://app in a sandboxed, context-isolated window without Node', () => {
    expect(win.webContents.url).toBe(APP_INDEX_URL);
    expect(win.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(readEngineLock(dirs.runtimeDir)).toMatchObject({ kind: 'electron', pid: recorded.engines[0]!.pid });
  });

  it('grants pages only what VirtDesk uses: the console clipboard, for our page', () => {
    const ask = (permission: string, requestingUrl: string) =>
      new Promise<boolean>((resolve) => recorded.permissionRequest!(win.webContents, permission, resolve, { requestingUrl }));
    return Promise.all([
      expect(ask('clipboard-read', APP_INDEX_URL)).resolves.toBe(true),
      expect(ask('media', APP_INDEX_URL)).resolves.toBe(false),
      expect(ask('clipboard-read', 'https://elsewhere.example/')).resolves.toBe(false),
    ]).then(() => {
      expect(recorded.permissionCheck!(win.webContents, 'geolocation', 'virtdesk://app')).toBe(false);
      expect(recorded.permissionCheck!(win.webContents, 'clipboard-sanitized-write', 'virtdesk://app')).toBe(true);
    });
  });

  it('answers IPC only for our own page', async () => {
    const foreign = { sender: win.webContents, senderFrame: { url: 'https://elsewhere.example/' } };
    expect(await main.ipc('virtdesk:call', foreign, 'list', {})).toMatchObject({ error: { code: 'invalid' } });
    expect(await main.ipc('virtdesk:console-base', foreign)).toBeNull();
    expect(await main.call<VmSummary[]>('list', {})).toEqual([]);
  });

  it('blocks navigation, and opens only our console view in a window of its own', () => {
    const navigation = { preventDefault: vi.fn() };
    win.webContents.emit('will-navigate', navigation, 'https://elsewhere.example/');
    expect(navigation.preventDefault).toHaveBeenCalled();
    const open = (url: string) =>
      win.webContents.openHandler!({ url }) as { action: string; overrideBrowserWindowOptions?: Record<string, unknown> };
    expect(open('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(open('https://virtdesk.invalid/help')).toEqual({ action: 'deny' });
    expect(recorded.externals).toEqual(['https://virtdesk.invalid/help']);
    const consoleWindow = open(`${APP_INDEX_URL}?view=console&vm=x`);
    expect(consoleWindow.action).toBe('allow');
    expect(consoleWindow.overrideBrowserWindowOptions?.webPreferences).toEqual(win.options.webPreferences);
  });

  it('starts a killed engine again: the windows are told, the VM runs on and its console re-attaches', async () => {
    const vm = await main.call<VmSummary>('create', kernelVm('shell guest'));
    await main.call('start', { id: vm.id });
    const base = (await main.ipc('virtdesk:console-base', main.ours())) as string;
    const first = await ConsoleReader.open(
      consoleUrl((await main.call<{ url: string }>('openConsole', { id: vm.id, stream: 'serial0' })).url, base),
    );
    await first.waitForShell(GUEST_PROMPT);
    first.close();
    const qemuPid = Number(fs.readFileSync(path.join(dirs.runtimeDir, vm.id, 'qemu.pid'), 'utf8'));

    const seen = main.engineStates().length;
    recorded.engines.at(-1)!.kill('SIGKILL');
    await main.reopened(seen);
    expect(recorded.engines.length).toBe(2);
    expect(alive(qemuPid)).toBe(true);
    expect((await main.call<VmSummary>('get', { id: vm.id })).status.state).toBe('running');

    const again = (await main.ipc('virtdesk:console-base', main.ours())) as string;
    const con = await ConsoleReader.open(
      consoleUrl((await main.call<{ url: string }>('openConsole', { id: vm.id, stream: 'serial0' })).url, again),
    );
    con.type('echo back-$((6*7))\r');
    await con.waitFor('back-42', 30_000);
    con.close();
    await main.call('forceOff', { id: vm.id });
  }, 180_000);

  it('quits cleanly: the engine lets go and removes its lock', async () => {
    const engine = recorded.engines.at(-1)!;
    const ended = new Promise<void>((resolve) => engine.once('exit', () => resolve()));
    electron.app.quit();
    await ended;
    await vi.waitFor(() => expect(recorded.quits).toBe(1));
    expect(engine.exitCode).toBe(0);
    expect(fs.existsSync(engineLockFile(dirs.runtimeDir))).toBe(false);
  });
});
