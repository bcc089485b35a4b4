// A client that sends exactly the bytes a test gives it: HTTP requests no library would form (bad
// percent-encodings, no Host, huge URLs) and WebSocket handshakes followed by hand-built frames. It reads
// what the server answers as a person debugging with netcat would see it.
import crypto from 'node:crypto';
import net from 'node:net';
import { takeFrames, type ServerFrame } from './ws-frames.js';

/** Long enough for any answer on two busy cores; only a hung server ever reaches it. */
const DEADLINE_MS = 15_000;

export interface HttpAnswer {
  kind: 'http';
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface WsClose {
  kind: 'close';
  /** 1006: the connection ended without a close frame. */
  code: number;
  reason: string;
}

function parseHttp(raw: Buffer): HttpAnswer {
  const end = raw.indexOf('\r\n\r\n');
  if (end < 0) throw new Error(`no HTTP answer, got ${JSON.stringify(raw.toString('latin1').slice(0, 200))}`);
  const [statusLine, ...lines] = raw.subarray(0, end).toString('latin1').split('\r\n');
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine ?? '')?.[1]);
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { kind: 'http', status, headers, body: raw.subarray(end + 4).toString('utf8') };
}

export function withDeadline<T>(what: string, run: (done: (v: T) => void, fail: (e: Error) => void) => () => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let cleanup = () => {};
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`${what}: no answer within ${DEADLINE_MS} ms`));
    }, DEADLINE_MS);
    cleanup = run(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}

/** Sends `request` on a new connection and reads the answer until the server ends the connection. */
export function exchange(port: number, request: Buffer | string): Promise<HttpAnswer> {
  return withDeadline('HTTP exchange', (done, fail) => {
    const sock = net.connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    sock.on('data', (c: Buffer) => chunks.push(c));
    sock.on('error', () => {}); // a reset after the answer (we may still be writing): 'close' follows
    sock.on('close', () => {
      try {
        done(parseHttp(Buffer.concat(chunks)));
      } catch (err) {
        fail(err as Error);
      }
    });
    sock.write(request);
    return () => sock.destroy();
  });
}

/** A plain GET as a browser would send it (Connection: close, so the answer ends the exchange). */
export const get = (port: number, target: string, headers: Record<string, string | null> = {}, method = 'GET') =>
  exchange(port, `${method} ${target} HTTP/1.1\r\n${headerLines({ Host: `127.0.0.1:${port}`, Connection: 'close', ...headers })}\r\n`);

function headerLines(headers: Record<string, string | null>): string {
  return Object.entries(headers)
    .filter((e): e is [string, string] => e[1] !== null)
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join('');
}

export interface UpgradeOptions {
  /** Headers added to or replacing (null: left out) those of a well-formed handshake. */
  headers?: Record<string, string | null>;
  method?: string;
  /** Bytes sent in the same write as the handshake (they arrive as the upgrade's `head`). */
  extra?: Buffer;
}

/** A WebSocket handshake: the open connection if the server switched protocols (101), else its answer. */
export function upgrade(port: number, target: string, opts: UpgradeOptions = {}): Promise<RawWebSocket | HttpAnswer> {
  const request =
    `${opts.method ?? 'GET'} ${target} HTTP/1.1\r\n` +
    headerLines({
      Host: `127.0.0.1:${port}`,
      Upgrade: 'websocket',
      Connection: 'Upgrade',
      'Sec-WebSocket-Key': crypto.randomBytes(16).toString('base64'),
      'Sec-WebSocket-Version': '13',
      ...opts.headers,
    }) +
    '\r\n';
  return withDeadline(`upgrade to ${target.slice(0, 60)}`, (done, fail) => {
    const sock = net.connect(port, '127.0.0.1');
    let buf = Buffer.alloc(0);
    let switched = false;
    sock.on('error', () => {});
    const onData = (c: Buffer) => {
      buf = Buffer.concat([buf, c]);
      const end = buf.indexOf('\r\n\r\n');
      if (end < 0 || !buf.subarray(0, 12).toString('latin1').startsWith('HTTP/1.1 101')) return;
      switched = true;
      sock.off('data', onData);
      done(new RawWebSocket(sock, buf.subarray(end + 4)));
    };
    sock.on('data', onData);
    sock.on('close', () => {
      if (switched) return;
      try {
        done(parseHttp(buf));
      } catch (err) {
        fail(err as Error);
      }
    });
    sock.write(opts.extra ? Buffer.concat([Buffer.from(request, 'latin1'), opts.extra]) : Buffer.from(request, 'latin1'));
    return () => sock.destroy();
  });
}

/** An open WebSocket connection, driven frame by frame. */
export class RawWebSocket {
  readonly kind = 'websocket';
  /** Data and control frames the server sent before closing. */
  readonly frames: ServerFrame[] = [];
  private buf: Buffer;
  private close: WsClose | null = null;
  private ended = false;
  private waiters: Array<() => void> = [];

  constructor(
    readonly socket: net.Socket,
    leftover: Buffer,
  ) {
    this.buf = leftover;
    socket.on('data', (c: Buffer) => this.take(c));
    socket.on('close', () => {
      this.ended = true;
      this.wake();
    });
    this.take(Buffer.alloc(0));
  }

  /** Writes raw bytes (the server may already have closed: a failed write is part of the test). */
  send(bytes: Buffer): void {
    if (!this.socket.destroyed) this.socket.write(bytes, () => {});
  }

  /** The server's close frame (or 1006 if it hung up without one). */
  closed(): Promise<WsClose> {
    return withDeadline<WsClose>('WebSocket close', (done) => {
      const check = (): void => {
        if (this.close) done(this.close);
        else if (this.ended) done({ kind: 'close', code: 1006, reason: '' });
        else this.waiters.push(check);
      };
      check();
      return () => this.socket.destroy();
    }).finally(() => this.socket.destroy());
  }

  private take(chunk: Buffer): void {
    const { frames, rest } = takeFrames(Buffer.concat([this.buf, chunk]));
    this.buf = rest;
    for (const f of frames) {
      this.frames.push(f);
      if (f.opcode === 8 && !this.close) {
        this.close = {
          kind: 'close',
          code: f.payload.length >= 2 ? f.payload.readUInt16BE(0) : 1005,
          reason: f.payload.subarray(2).toString('utf8'),
        };
      }
    }
    if (frames.length) this.wake();
  }

  private wake(): void {
    for (const w of this.waiters.splice(0)) w();
  }
}
