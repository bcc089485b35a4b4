// The engine's side of the console log keeper: start it when none serves the runtime folder, and attach
// to a kept console (keeper-protocol.ts says what is exchanged).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BATCH_BYTES } from '../output-batcher.js';
import { encodeLine, keeperFiles, MAX_LINE_BYTES, type KeepReply, type KeepRequest } from './keeper-protocol.js';

/** How long a starting keeper may take to say "ready" (Node's start-up on a busy machine). */
const READY_WITHIN_MS = 15_000;

/** No keeper serves the folder (none started yet, it was killed, or it is closing after a quiet spell). */
class NoKeeper extends Error {}

/**
 * The keeper's script. From the build it sits beside this file; tests run this file from the sources
 * (TypeScript), and the keeper, a process of its own, then runs from the build (`npm run build`).
 */
export function keeperScript(): string {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.js')) return path.join(path.dirname(here), 'keeper-main.js');
  const repo = path.resolve(path.dirname(here), '..', '..', '..', '..');
  return path.join(repo, 'dist', 'electron', 'engine', 'console', 'keeper', 'keeper-main.js');
}

const starting = new Map<string, Promise<void>>();

/** Make sure a keeper serves this runtime folder (start one if none answers). Safe to call at once. */
export async function ensureKeeper(runtimeDir: string): Promise<void> {
  if (await keeperAnswers(runtimeDir)) return;
  let start = starting.get(runtimeDir);
  if (!start) {
    start = startKeeper(runtimeDir).finally(() => starting.delete(runtimeDir));
    starting.set(runtimeDir, start);
  }
  await start;
}

function keeperAnswers(runtimeDir: string): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.connect(keeperFiles(runtimeDir).socket, () => {
      probe.destroy();
      resolve(true);
    });
    probe.on('error', () => resolve(false));
  });
}

/**
 * Start a keeper detached from the engine (its own session: a Ctrl-C or a SIGKILL of the engine's group
 * does not reach it), its stderr into its log; resolves once it serves. Node flags keep its heap small:
 * it holds a few 64 KiB buffers per console.
 */
function startKeeper(runtimeDir: string): Promise<void> {
  const files = keeperFiles(runtimeDir);
  const errLog = fs.openSync(files.log, 'a', 0o600);
  const child = spawn(process.execPath, ['--max-old-space-size=16', '--max-semi-space-size=1', keeperScript(), runtimeDir], {
    detached: true,
    stdio: ['ignore', 'pipe', errLog],
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' }, // under Electron, execPath is Electron itself
  });
  fs.closeSync(errLog);
  return new Promise<void>((resolve, reject) => {
    let out = '';
    const done = (settle: () => void) => {
      clearTimeout(timer);
      child.removeAllListeners('exit');
      child.removeAllListeners('error');
      child.stdout?.destroy();
      child.unref();
      settle();
    };
    const failed = (why: string) => done(() => reject(new Error(`the console log keeper ${why} (see ${files.log})`)));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      failed(`did not start within ${READY_WITHIN_MS / 1000} s`);
    }, READY_WITHIN_MS);
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('ready\n')) done(resolve);
    });
    child.once('error', (e) => failed(`could not start: ${e.message}`));
    child.once('exit', (code) => failed(`exited at start (${code})`));
  });
}

/**
 * Attach to a kept console, starting the keeper if none serves. `onData` gets the guest's output as it
 * is read, in a reused buffer. Resolves with the socket (what is written to it is typed into the guest)
 * and the log's size at attach: output before it is in the log, output after it comes to `onData`.
 */
export async function attachKept(
  runtimeDir: string,
  request: KeepRequest,
  onData: (buf: Uint8Array, n: number) => void,
): Promise<{ socket: net.Socket; logSize: number }> {
  try {
    return await attachOnce(runtimeDir, request, onData);
  } catch (err) {
    if (!(err instanceof NoKeeper)) throw err;
    await ensureKeeper(runtimeDir);
    return attachOnce(runtimeDir, request, onData);
  }
}

function attachOnce(
  runtimeDir: string,
  request: KeepRequest,
  onData: (buf: Uint8Array, n: number) => void,
): Promise<{ socket: net.Socket; logSize: number }> {
  return new Promise((resolve, reject) => {
    let head: Buffer | null = Buffer.alloc(0);
    const fail = (err: Error) => {
      socket.destroy();
      reject(err);
    };
    const socket = net.connect({
      path: keeperFiles(runtimeDir).socket,
      onread: {
        buffer: Buffer.allocUnsafe(BATCH_BYTES),
        callback: (n, buf) => {
          if (head === null) return (onData(buf, n), true);
          // The keeper's answer line comes first; the guest's output may follow in the same read.
          const nl = buf.subarray(0, n).indexOf(0x0a);
          head = Buffer.concat([head, Buffer.from(buf.subarray(0, nl < 0 ? n : nl))]);
          if (nl < 0) return head.length <= MAX_LINE_BYTES || (fail(new Error('the console log keeper answered nonsense')), false);
          const reply = parseReply(head);
          head = null;
          if ('error' in reply) {
            fail(reply.error === 'closing' ? new NoKeeper(reply.error) : new Error(`the console log keeper: ${reply.error}`));
            return false;
          }
          resolve({ socket, logSize: reply.logSize });
          if (n > nl + 1) onData(buf.subarray(nl + 1), n - nl - 1);
          return true;
        },
      },
    });
    socket.once('connect', () => socket.write(encodeLine(request)));
    socket.on('error', (err: NodeJS.ErrnoException) => {
      if (head === null) return;
      fail(err.code === 'ENOENT' || err.code === 'ECONNREFUSED' ? new NoKeeper(err.message) : err);
    });
    socket.once('close', () => {
      if (head !== null) fail(new NoKeeper('the console log keeper closed the connection'));
    });
  });
}

function parseReply(line: Buffer): KeepReply {
  try {
    const reply = JSON.parse(line.toString('utf8')) as KeepReply;
    if (typeof reply === 'object' && reply && ('error' in reply || Number.isSafeInteger(reply.logSize))) return reply;
  } catch {
    /* below */
  }
  return { error: `it answered ${JSON.stringify(line.toString('utf8').slice(0, 80))}` };
}
