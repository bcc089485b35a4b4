// QMP client: greeting, qmp_capabilities, id-matched replies (never FIFO: QEMU answers parse errors
// without an id), events, per-command timeouts, and a clear error for every pending call when the
// socket goes away (which is also how the engine learns that QEMU has ended).
import net from 'node:net';
import { EventEmitter } from 'node:events';
import { encodeCommand, LineSplitter, parseQmpLine, type QmpMessage } from './framing.js';

export interface QmpEvent {
  event: string;
  data: Record<string, unknown>;
  timestamp: number;
}

export class QmpError extends Error {
  constructor(
    message: string,
    public readonly qmpClass?: string,
  ) {
    super(message);
    this.name = 'QmpError';
  }
}

interface Pending {
  resolve: (v: unknown) => void;
  reject: (e: Error) => void;
  timer: NodeJS.Timeout;
  command: string;
}

export interface QmpClientEvents {
  event: [QmpEvent];
  close: [Error | null];
}

export class QmpClient extends EventEmitter<QmpClientEvents> {
  private nextId = 1;
  private pending = new Map<string, Pending>();
  private closed = false;
  version: string | null = null;

  private constructor(private readonly sock: net.Socket) {
    super();
  }

  /**
   * Connect and negotiate. Retries while the socket file is not there yet or refuses (QEMU still
   * starting) until timeoutMs; `alive` lets the caller stop early when it knows QEMU has died.
   */
  static async connect(path: string, opts: { timeoutMs?: number; alive?: () => boolean } = {}): Promise<QmpClient> {
    const deadline = Date.now() + (opts.timeoutMs ?? 10_000);
    for (;;) {
      try {
        return await QmpClient.connectOnce(path, Math.max(500, deadline - Date.now()));
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        const retryable = code === 'ENOENT' || code === 'ECONNREFUSED';
        if (!retryable || Date.now() > deadline || (opts.alive && !opts.alive())) throw err;
        // QEMU creates the socket some tens of ms after exec; poll finely, it is cheap and short.
        await new Promise((r) => setTimeout(r, 5));
      }
    }
  }

  private static connectOnce(path: string, timeoutMs: number): Promise<QmpClient> {
    return new Promise((resolve, reject) => {
      const sock = net.connect(path);
      const client = new QmpClient(sock);
      const lines = new LineSplitter();
      let greeted = false;
      const timer = setTimeout(() => {
        sock.destroy();
        // A second client on a QMP socket connects but gets no greeting until the first leaves.
        reject(new QmpError(`no QMP greeting on ${path} within ${timeoutMs} ms (is another client connected?)`));
      }, timeoutMs);
      sock.setEncoding('utf8');
      sock.once('error', (err) => {
        clearTimeout(timer);
        if (!greeted) reject(err);
      });
      sock.on('data', (chunk: string) => {
        for (const line of lines.push(chunk)) {
          let msg: QmpMessage;
          try {
            msg = parseQmpLine(line);
          } catch {
            continue; // not JSON: QEMU never sends that; ignore rather than kill the channel
          }
          if (!greeted && 'QMP' in msg) {
            greeted = true;
            const v = (msg.QMP.version as { qemu?: { major: number; minor: number; micro: number } }).qemu;
            client.version = v ? `${v.major}.${v.minor}.${v.micro}` : null;
            client.execute('qmp_capabilities').then(
              () => {
                clearTimeout(timer);
                resolve(client);
              },
              (err: Error) => {
                clearTimeout(timer);
                sock.destroy();
                reject(err);
              },
            );
          } else {
            client.dispatch(msg);
          }
        }
      });
      sock.on('close', () => client.onClose());
      sock.on('error', (err) => client.onClose(err));
    });
  }

  execute<T = unknown>(command: string, args?: Record<string, unknown>, timeoutMs = 10_000): Promise<T> {
    if (this.closed) return Promise.reject(new QmpError(`QMP connection is closed (${command})`));
    const id = `vd-${this.nextId++}`;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new QmpError(`QEMU did not answer "${command}" within ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, timer, command });
      this.sock.write(encodeCommand(id, command, args));
    });
  }

  /** Human monitor commands through QMP; HMP errors come back as ordinary text. */
  hmp(commandLine: string): Promise<string> {
    return this.execute<string>('human-monitor-command', { 'command-line': commandLine });
  }

  close(): void {
    this.sock.destroy();
  }

  get isClosed(): boolean {
    return this.closed;
  }

  private dispatch(msg: QmpMessage): void {
    if ('event' in msg) {
      const ts = msg.timestamp ? msg.timestamp.seconds * 1000 + Math.floor(msg.timestamp.microseconds / 1000) : Date.now();
      this.emit('event', { event: msg.event, data: msg.data ?? {}, timestamp: ts });
      return;
    }
    const id = 'id' in msg ? msg.id : undefined;
    const p = id === undefined ? undefined : this.pending.get(id);
    if (!p || id === undefined) return; // a reply without id answers a line we never sent intact
    this.pending.delete(id);
    clearTimeout(p.timer);
    if ('error' in msg) p.reject(new QmpError(`${p.command}: ${msg.error.desc}`, msg.error.class));
    else if ('return' in msg) p.resolve(msg.return);
  }

  private onClose(err?: Error): void {
    if (this.closed) return;
    this.closed = true;
    for (const p of this.pending.values()) {
      clearTimeout(p.timer);
      p.reject(new QmpError(`QMP connection closed before QEMU answered "${p.command}"`));
    }
    this.pending.clear();
    this.emit('close', err ?? null);
  }
}
