// The built headless server (dist/electron/cli.js) as a separate process, for tests where VirtDesk
// itself must die (kill -9) or must not be the parent of the QEMU it started: an in-process engine
// restart cannot show either. Needs `npx tsc -b` (npm test builds first).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import type { RpcMessage } from '../../../../shared/api.js';
import { wsText } from '../../ws-text.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
export const CLI = path.join(repo, 'dist/electron/cli.js');

export interface CliDirs {
  dataDir: string;
  runtimeDir: string;
  cacheDir?: string;
}

export interface HeadlessCli {
  child: ChildProcess;
  /** Everything the server printed so far (stdout and stderr). */
  output: () => string;
  /** ws://host:port/api?token=... */
  apiUrl: string;
  origin: string;
  /** Resolves once the process has ended (after kill()). */
  exited: Promise<void>;
}

/** Start the server; resolves once it printed "VirtDesk is running at URL" (its start-up is done). */
export async function startHeadlessCli(dirs: CliDirs, token: string): Promise<HeadlessCli> {
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: build it with "npx tsc -b" (npm test does).`);
  const args = [CLI, '--headless', '--port', '0', '--data-dir', dirs.dataDir, '--runtime-dir', dirs.runtimeDir];
  const env = { ...process.env, VIRTDESK_TOKEN: token, ...(dirs.cacheDir ? { VIRTDESK_CACHE_DIR: dirs.cacheDir } : {}) };
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (d: Buffer) => {
      out += d.toString();
      const m = /VirtDesk is running at (\S+)/.exec(out);
      if (m) resolve(m[1]!);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code, signal) => reject(new Error(`the headless server ended (${code ?? signal}) before it listened:\n${out}`)));
  });
  const u = new URL(url);
  return { child, output: () => out, apiUrl: `ws://${u.host}/api?token=${token}`, origin: u.origin, exited };
}

export interface RpcClient {
  call<T = unknown>(method: string, arg: unknown): Promise<T>;
  /** Send without waiting; onReply gets the reply if one comes before the socket closes. */
  send(method: string, arg: unknown, onReply: (msg: RpcMessage) => void): void;
  close(): void;
}

/** A WebSocket API client that presents the page's own origin, as the UI does. */
export async function rpcClient(cli: HeadlessCli): Promise<RpcClient> {
  const ws = new WebSocket(cli.apiUrl, { origin: cli.origin });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  ws.on('error', () => {}); // the server may be killed under it: that is the point of some tests
  let next = 1;
  const waiting = new Map<number, (msg: RpcMessage) => void>();
  ws.on('message', (data) => {
    const msg = JSON.parse(wsText(data)) as RpcMessage;
    if ('id' in msg) {
      waiting.get(msg.id)?.(msg);
      waiting.delete(msg.id);
    }
  });
  const send = (method: string, arg: unknown, onReply: (msg: RpcMessage) => void) => {
    const id = next++;
    waiting.set(id, onReply);
    ws.send(JSON.stringify({ id, method, arg }));
  };
  return {
    send,
    call: <T>(method: string, arg: unknown) =>
      new Promise<T>((resolve, reject) =>
        send(method, arg, (msg) =>
          'error' in msg && msg.error ? reject(new Error(`${method}: ${msg.error.message}`)) : resolve((msg as { result: T }).result),
        ),
      ),
    close: () => ws.close(),
  };
}

/** SIGKILL every QEMU whose pidfile is in the runtime folder (cleanup after a failed test). */
export function killQemus(runtimeDir: string): void {
  for (const vm of fs.existsSync(runtimeDir) ? fs.readdirSync(runtimeDir) : []) {
    try {
      const pid = Number(fs.readFileSync(path.join(runtimeDir, vm, 'qemu.pid'), 'utf8').trim());
      // Only a QEMU of this runtime folder (a pid can be reused once its QEMU is gone).
      if (fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(runtimeDir)) process.kill(pid, 'SIGKILL');
    } catch {
      /* no pidfile, or gone already */
    }
  }
}

/**
 * The environment a person's `virtdesk` command runs in, on these folders: only LANG decides the
 * language (C: English), and the folders come from the environment, as a user's would.
 */
export function cliEnv(dirs: { dataDir: string; runtimeDir: string }, cacheDir = path.join(dirs.dataDir, 'cache')): NodeJS.ProcessEnv {
  const { LANGUAGE: _l, LC_ALL: _a, LC_MESSAGES: _m, ...inherited } = process.env;
  return { ...inherited, LANG: 'C', VIRTDESK_DATA_DIR: dirs.dataDir, VIRTDESK_RUNTIME_DIR: dirs.runtimeDir, VIRTDESK_CACHE_DIR: cacheDir };
}

/** Runs the built CLI with `args` in `env` to its end: its exit status and what it printed. */
export function runCli(env: NodeJS.ProcessEnv, ...args: string[]): { code: number | null; out: string; err: string } {
  const run = spawnSync(process.execPath, [CLI, ...args], { env, encoding: 'utf8', timeout: 120_000 });
  return { code: run.status, out: run.stdout, err: run.stderr };
}
