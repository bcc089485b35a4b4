// Where a console relay reads a chardev from: QEMU's socket itself (the human monitor, which has no
// log), or the console log keeper (the serial console and the virtio console, whose output is logged
// also while no engine runs; see keeper/keeper-main.ts).
import net from 'node:net';
import { readLogBeforeSync, readRangeSync } from '../process/log-tail.js';
import { BATCH_BYTES } from './output-batcher.js';
import { attachKept } from './keeper/keeper-client.js';
import type { KeepRequest } from './keeper/keeper-protocol.js';

/** `n` new bytes at the start of `buf`, a buffer the next read reuses. */
export type OnData = (buf: Uint8Array, n: number) => void;

export interface ChardevSource {
  /**
   * Connect. `replay` is, at the first open, what was printed before (the scrollback to seed); at a
   * later open, what was printed while the relay was not connected. Output after it goes to `onData`.
   */
  open(onData: OnData): Promise<{ socket: net.Socket; replay: Buffer }>;
  /** A lost connection is worth opening again (the keeper can drop a slow engine, or be restarted). */
  readonly reopens: boolean;
}

/** QEMU's chardev socket, read directly: one client at a time, nothing printed before is kept. */
export function directSource(socketPath: string): ChardevSource {
  return {
    reopens: false,
    open: (onData) =>
      new Promise((resolve, reject) => {
        // onread: every read lands in one reused buffer, without a Buffer, a stream push and a 'data'
        // event for each byte or two QEMU hands over.
        const socket = net.connect({
          path: socketPath,
          onread: { buffer: Buffer.allocUnsafe(BATCH_BYTES), callback: (n, buf) => (onData(buf, n), true) },
        });
        socket.once('connect', () => {
          socket.off('error', reject);
          resolve({ socket, replay: Buffer.alloc(0) });
        });
        socket.once('error', reject);
      }),
  };
}

/** A console kept by the log keeper: its log fills what the relay did not see. */
export class KeptSource implements ChardevSource {
  readonly reopens = true;
  /** The last link: the log's size when it opened and the bytes received on it since. */
  private link: { logSize: number; received: number } | null = null;

  constructor(
    private readonly runtimeDir: string,
    private readonly request: KeepRequest,
    private readonly logPath: string,
    private readonly scrollbackBytes: number,
  ) {}

  async open(onData: OnData): Promise<{ socket: net.Socket; replay: Buffer }> {
    const link = { logSize: 0, received: 0 };
    const { socket, logSize } = await attachKept(this.runtimeDir, this.request, (buf, n) => {
      link.received += n;
      onData(buf, n);
    });
    link.logSize = logSize;
    const before = this.link;
    this.link = link;
    if (!before) return { socket, replay: readLogBeforeSync(this.logPath, logSize, this.scrollbackBytes) };
    // What was printed between the two links is in the log, from where the last one stopped. (If the
    // log was rotated meanwhile, the part in log.1 is not shown again; it stays in the file.)
    const next = before.logSize + before.received;
    return { socket, replay: readRangeSync(this.logPath, next <= logSize ? next : 0, logSize, this.scrollbackBytes) };
  }
}
