// A client of the QEMU guest agent (qemu-ga) on the VM's qga.sock. Unlike QMP there is no greeting and
// nobody may be listening at all (no qemu-ga in the guest, or the guest still booting): QEMU accepts
// the connection either way. So every call has a timeout, one call runs at a time (the agent answers in
// order and echoes no id), and after any timeout the next call first syncs again (guest-sync-delimited
// with a fresh random id), because the late reply may still come and must not be taken for the next.
import { randomInt } from 'node:crypto';
import net from 'node:net';
import { encodeQga, encodeSync, isSyncReply, QgaReader, type QgaMessage } from './qga-framing.js';

export class QgaError extends Error {
  constructor(
    message: string,
    /** 'timeout': the agent did not answer (not there, or busy); 'agent': it answered with an error. */
    readonly kind: 'timeout' | 'agent' | 'closed',
  ) {
    super(message);
    this.name = 'QgaError';
  }
}

interface Waiting {
  match: (msg: QgaMessage) => boolean;
  resolve: (msg: QgaMessage) => void;
  reject: (err: Error) => void;
}

export const SYNC_TIMEOUT_MS = 3_000;
export const COMMAND_TIMEOUT_MS = 5_000;

export class QgaClient {
  private readonly reader = new QgaReader();
  private waiting: Waiting | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private synced = false;
  private closed = false;

  private constructor(
    private readonly sock: net.Socket,
    private readonly syncTimeoutMs: number,
  ) {
    sock.on('data', (chunk: Buffer) => {
      for (const msg of this.reader.push(chunk)) {
        const w = this.waiting;
        if (w?.match(msg)) {
          this.waiting = null;
          w.resolve(msg);
        }
      }
    });
    const end = () => {
      this.closed = true;
      this.waiting?.reject(new QgaError('the guest agent channel closed', 'closed'));
      this.waiting = null;
    };
    sock.on('close', end);
    sock.on('error', end);
  }

  /** Connect to the channel's socket (QEMU listens on it from its start; nobody need answer yet). */
  static connect(path: string, { timeoutMs = 2_000, syncTimeoutMs = SYNC_TIMEOUT_MS } = {}): Promise<QgaClient> {
    return new Promise((resolve, reject) => {
      const sock = net.connect(path);
      const timer = setTimeout(() => {
        sock.destroy();
        reject(new QgaError(`no connection to ${path} within ${timeoutMs} ms`, 'timeout'));
      }, timeoutMs);
      sock.once('error', (err) => {
        clearTimeout(timer);
        reject(err);
      });
      sock.once('connect', () => {
        clearTimeout(timer);
        sock.removeAllListeners('error');
        resolve(new QgaClient(sock, syncTimeoutMs));
      });
    });
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** Run one command after the ones already asked for; a sync first when the stream may hold stale replies. */
  execute<T = unknown>(command: string, args?: Record<string, unknown>, timeoutMs = COMMAND_TIMEOUT_MS): Promise<T> {
    const run = async () => {
      if (!this.synced) await this.sync();
      const reply = await this.exchange(encodeQga(command, args), () => true, timeoutMs, command);
      if ('error' in reply) throw new QgaError(`${command}: ${reply.error.desc}`, 'agent');
      return reply.return as T;
    };
    const result = this.queue.then(run, run);
    this.queue = result.catch(() => {});
    return result;
  }

  /** Check the agent is still there (it may have stopped since its last answer): a fresh sync, queued. */
  ping(): Promise<void> {
    const run = () => ((this.synced = false), this.sync());
    const result = this.queue.then(run, run);
    this.queue = result.catch(() => {});
    return result;
  }

  close(): void {
    this.closed = true;
    this.sock.destroy();
  }

  private async sync(): Promise<void> {
    const id = randomInt(1, 2 ** 31);
    await this.exchange(encodeSync(id), (msg) => isSyncReply(msg, id), this.syncTimeoutMs, 'guest-sync-delimited');
    this.synced = true;
  }

  private exchange(bytes: Buffer, match: (msg: QgaMessage) => boolean, timeoutMs: number, command: string): Promise<QgaMessage> {
    if (this.closed) return Promise.reject(new QgaError('the guest agent channel is closed', 'closed'));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting = null;
        this.synced = false; // a late reply may still come: the next call syncs past it
        reject(new QgaError(`the guest agent did not answer "${command}" within ${timeoutMs} ms`, 'timeout'));
      }, timeoutMs);
      this.waiting = {
        match,
        resolve: (msg) => (clearTimeout(timer), resolve(msg)),
        reject: (err) => (clearTimeout(timer), reject(err)),
      };
      this.sock.write(bytes);
    });
  }
}
