// The built main process (dist/electron/main/index.js, `npx tsc -b` first) started on the electron
// stand-in, and the page's side of its IPC: what the shell's tests share. The test file itself mocks
// 'electron' with the stand-in (vitest hoists vi.mock only in the file that declares it).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, vi } from 'vitest';
import type { RpcResult } from '../../../shared/api.js';
import { APP_INDEX_URL } from '../../server/app-origin.js';
import { electron, recorded, type StandInWindow } from './electron-stand-in.js';

const MAIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../dist/electron/main/index.js');

export interface MainUnderTest {
  win: StandInWindow;
  /** An IPC event from our own page. */
  ours(): { sender: unknown; senderFrame: { url: string } };
  ipc(channel: string, event: unknown, ...args: unknown[]): unknown;
  /** An API call from our page; an error reply throws. */
  call<T>(method: string, arg: unknown): Promise<T>;
  /** What the windows were told of the engine, in order. */
  engineStates(): { kind: string }[];
  /** Resolves once the windows, after the first `seen` states, were told "restarting" then "open". */
  reopened(seen: number): Promise<void>;
}

/** Imports main with these folders in its environment; resolves once its window is told the engine is open. */
export async function startMain(dirs: { dataDir: string; runtimeDir: string }): Promise<MainUnderTest> {
  if (!fs.existsSync(MAIN)) throw new Error(`${MAIN} is missing: build it with "npx tsc -b" (npm test does).`);
  // The engine process (and the look for a running engine) take the folders from the environment.
  process.env.VIRTDESK_DATA_DIR = dirs.dataDir;
  process.env.VIRTDESK_RUNTIME_DIR = dirs.runtimeDir;
  await import(/* @vite-ignore */ MAIN);
  await vi.waitFor(() => expect(electron.BrowserWindow.all.length).toBe(1));
  const win = electron.BrowserWindow.all[0]!;
  const ours = () => ({ sender: win.webContents, senderFrame: { url: APP_INDEX_URL } });
  const ipc = (channel: string, event: unknown, ...args: unknown[]) => recorded.handlers.get(channel)!(event, ...args);
  const engineStates = () => win.webContents.sent.filter(([ch]) => ch === 'virtdesk:engine-state').map(([, s]) => s as { kind: string });
  await vi.waitFor(() => expect(engineStates().at(-1)).toEqual(expect.objectContaining({ kind: 'open' })), { timeout: 60_000 });
  return {
    win,
    ours,
    ipc,
    engineStates,
    reopened: async (seen) => {
      const kinds = () =>
        engineStates()
          .slice(seen)
          .map((s) => s.kind);
      await vi.waitFor(() => expect(kinds()).toEqual(['restarting', 'open']), { timeout: 60_000 });
    },
    call: async <T>(method: string, arg: unknown) => {
      const reply = (await ipc('virtdesk:call', ours(), method, arg)) as RpcResult;
      if ('error' in reply) throw new Error(`${method}: ${reply.error.message}`);
      return reply.result as T;
    },
  };
}
