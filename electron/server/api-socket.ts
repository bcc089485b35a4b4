// One browser's API connection: JSON requests in ({id, method, arg}), replies and events out. Nothing a
// client sends, and nothing a method returns, can throw out of here: a bad frame closes only this
// connection with the WebSocket close code that says why, a failure becomes an error reply and one
// log line.
import type { WebSocket } from 'ws';
import type { RpcMessage, RpcRequest, RpcResult } from '../../shared/api.js';
import { wsText } from '../engine/ws-text.js';

/** Close codes (RFC 6455 7.4.1) a client sees for what it sent. */
export const CLOSE_UNSUPPORTED_DATA = 1003;
export const CLOSE_INVALID_PAYLOAD = 1007;

const SHAPE = 'send {"id": number, "method": string, "arg": {...}}';

export interface ApiSocketDeps {
  /** Runs one call (serve() on the service): never meant to throw, but its failure is contained too. */
  call(method: unknown, arg: unknown): Promise<RpcResult>;
  log: (line: string) => void;
}

export function attachApiSocket(ws: WebSocket, deps: ApiSocketDeps): void {
  // A frame the protocol forbids (bad UTF-8, RSV bits, no mask, unknown opcode, bad close code, over
  // the size limit): ws has already closed this connection with the matching code (1002, 1007, 1009).
  // The listener only keeps that from becoming an uncaught 'error' that would stop the engine.
  ws.on('error', () => {});
  ws.on('message', (data, isBinary) => {
    if (isBinary) {
      ws.close(CLOSE_UNSUPPORTED_DATA, `Binary frames are not part of the API; ${SHAPE} as a text frame.`);
      return;
    }
    const req = parseRequest(wsText(data));
    if (typeof req === 'string') {
      ws.close(CLOSE_INVALID_PAYLOAD, `Malformed request: ${req}; ${SHAPE}.`);
      return;
    }
    void answer(ws, req, deps);
  });
}

/** The request, or why it is not one (short: it goes into a close reason of at most 123 bytes). */
export function parseRequest(text: string): RpcRequest | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return 'the frame is not JSON';
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'the JSON is not an object';
  const id = (value as { id?: unknown }).id;
  if (typeof id !== 'number' || !Number.isFinite(id)) return '"id" is not a number';
  return value as RpcRequest;
}

async function answer(ws: WebSocket, req: RpcRequest, deps: ApiSocketDeps): Promise<void> {
  let result: RpcResult;
  try {
    result = await deps.call(req.method, req.arg);
  } catch (err) {
    const method = typeof req.method === 'string' ? req.method.slice(0, 40) : 'a request';
    deps.log(`virtdesk: internal error in ${method}: ${messageOf(err)}`);
    result = { error: { code: 'internal', message: `Internal error in ${method}: ${messageOf(err)}` } };
  }
  sendMessage(ws, { id: req.id, ...result }, deps.log);
}

/**
 * Sends one message if the socket is still open. A value JSON cannot encode (a BigInt, a cycle) turns a
 * reply into an 'internal' error reply for the same id, and an event into nothing; either way one line
 * is logged, since it is VirtDesk's bug, not the client's.
 */
export function sendMessage(ws: WebSocket, msg: RpcMessage, log: (line: string) => void): void {
  if (ws.readyState !== ws.OPEN) return;
  let text: string;
  try {
    text = JSON.stringify(msg);
  } catch (err) {
    const what = 'id' in msg ? `the reply to request ${msg.id}` : `a ${msg.event.type} event`;
    log(`virtdesk: internal error: ${what} could not be encoded as JSON: ${messageOf(err)}`);
    if (!('id' in msg)) return;
    text = JSON.stringify({
      id: msg.id,
      error: { code: 'internal', message: `Internal error: VirtDesk could not encode its reply as JSON (${messageOf(err)}).` },
    });
  }
  ws.send(text, (err) => {
    if (err) ws.terminate(); // the connection broke mid-send: the client reconnects
  });
}

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err)).split('\n')[0]!.slice(0, 300);
