// What the engine and the console log keeper (keeper-main.ts) say to each other, and which files a
// request may touch. Kept free of zod and of the engine's other modules: the keeper is a process of its
// own that should stay small.
//
// A client connects to the keeper's socket and sends one line, `{"vm":"<uuid>","stream":"serial0"}`.
// The keeper answers with one line, `{"logSize":N}` (every byte the guest printed before this
// connection is in the log's first N bytes, every later byte comes down this socket) or
// `{"error":"..."}` (then it closes). After the answer the socket is the console itself: the guest's
// output one way, what is typed the other.
import path from 'node:path';
import { serialFiles, virtioConsoleFiles } from '../../paths.js';

/** The keeper's socket and pid file, in the runtime folder (private to the user, see paths.ts). */
export const keeperFiles = (runtimeDir: string) => ({
  socket: path.join(runtimeDir, 'console-keeper.sock'),
  pidfile: path.join(runtimeDir, 'console-keeper.pid'),
  /** Its stderr: why it could not keep a chardev, or why it stopped. */
  log: path.join(runtimeDir, 'console-keeper.log'),
});

/** The consoles whose output is logged through the keeper (further serial ports keep QEMU's logfile=). */
export const KEPT_STREAMS = ['serial0', 'hvc0'] as const;
export type KeptStream = (typeof KEPT_STREAMS)[number];

export interface KeepRequest {
  vm: string;
  stream: KeptStream;
}
export type KeepReply = { logSize: number } | { error: string };

/** The longest request or answer line: anything longer is not ours. */
export const MAX_LINE_BYTES = 512;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A request line, checked: a VM id (a UUID, so never a path) and a kept stream. The keeper builds every
 * path itself from these, inside its runtime folder: a client cannot name a file.
 */
export function parseRequest(line: string): KeepRequest | string {
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch {
    return 'the request is not JSON';
  }
  const { vm, stream } = (v ?? {}) as Record<string, unknown>;
  if (typeof vm !== 'string' || !UUID.test(vm)) return 'vm: not a VM id (a UUID)';
  if (!KEPT_STREAMS.includes(stream as KeptStream)) return `stream: not one of ${KEPT_STREAMS.join(', ')}`;
  return { vm, stream: stream as KeptStream };
}

/** QEMU's chardev socket and the log of one kept console. */
export function keptFiles(runtimeDir: string, r: KeepRequest): { socket: string; log: string } {
  const dir = path.join(runtimeDir, r.vm);
  return r.stream === 'hvc0' ? virtioConsoleFiles(dir) : serialFiles(dir, 0);
}

export const encodeLine = (v: KeepRequest | KeepReply): string => `${JSON.stringify(v)}\n`;
