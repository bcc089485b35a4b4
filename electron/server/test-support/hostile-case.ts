// One hostile input and what a user of the server must see for it: an HTTP status and a message, a
// WebSocket close code, or an error reply. Builders for each kind keep the tables short.
import { rpcExchange, type RpcReply } from './api-client.js';
import { get, upgrade, exchange, type HttpAnswer, type UpgradeOptions, type WsClose } from './raw-client.js';

/** The server under test, as the cases reach it. */
export interface Target {
  port: number;
  token: string;
  /** /api?token=<the right token> */
  apiPath: string;
  /** ws://127.0.0.1:PORT/api?token=... */
  apiUrl: string;
  vmId: string;
  /** A console path with a fresh, valid ticket (the fake chardevs stand in for QEMU). */
  consolePath(stream?: 'serial0' | 'monitor'): string;
}

export type Outcome = HttpAnswer | WsClose | RpcReply;

export type Expectation = { status: number; body: RegExp } | { close: number; reason?: RegExp } | { error: string; message: RegExp };

export interface HostileCase {
  name: string;
  run(t: Target): Promise<Outcome>;
  expect: Expectation;
}

type Lazy<T> = T | ((t: Target) => T);
const value = <T>(v: Lazy<T>, t: Target): T => (typeof v === 'function' ? (v as (t: Target) => T)(t) : v);

/** A plain HTTP request (GET unless `method`), with headers added or left out (null). */
export const httpCase = (
  name: string,
  target: Lazy<string>,
  status: number,
  body: RegExp,
  opts: { headers?: Lazy<Record<string, string | null>>; method?: string } = {},
): HostileCase => ({
  name,
  run: (t) => get(t.port, value(target, t), value(opts.headers ?? {}, t), opts.method),
  expect: { status, body },
});

/** Bytes on a fresh connection, exactly as given. */
export const rawCase = (name: string, bytes: Lazy<string | Buffer>, status: number, body: RegExp): HostileCase => ({
  name,
  run: (t) => exchange(t.port, value(bytes, t)),
  expect: { status, body },
});

/** A WebSocket handshake the server must refuse with `status`. */
export const refusedUpgrade = (
  name: string,
  target: Lazy<string>,
  status: number,
  body: RegExp,
  opts: Lazy<UpgradeOptions> = {},
): HostileCase => ({
  name,
  run: async (t) => {
    const answer = await upgrade(t.port, value(target, t), value(opts, t));
    if (answer.kind === 'websocket') {
      answer.socket.destroy();
      throw new Error('the server accepted a handshake it should have refused');
    }
    return answer;
  },
  expect: { status, body },
});

/**
 * An accepted handshake (to /api or to a console), then `frames` written raw; the server must close
 * this connection with `close`. `inHandshake` sends them in the same write as the handshake.
 */
export const frameCase = (
  name: string,
  where: 'api' | 'console',
  frames: Buffer[],
  close: number,
  opts: { inHandshake?: boolean; reason?: RegExp } = {},
): HostileCase => ({
  name: `${where}: ${name}`,
  run: async (t) => {
    const path = where === 'api' ? t.apiPath : t.consolePath();
    const ws = await upgrade(t.port, path, opts.inHandshake ? { extra: Buffer.concat(frames) } : {});
    if (ws.kind !== 'websocket') throw new Error(`the handshake was refused: ${ws.status} ${ws.body}`);
    if (!opts.inHandshake) for (const f of frames) ws.send(f);
    return ws.closed();
  },
  expect: { close, ...(opts.reason ? { reason: opts.reason } : {}) },
});

/** One message on /api from a normal client; the server closes (`close`) or replies with an error. */
export const apiMessageCase = (name: string, data: string | Buffer, expect: Expectation, binary = false): HostileCase => ({
  name: `api message: ${name}`,
  run: (t) => rpcExchange(t.apiUrl, data, binary),
  expect,
});
