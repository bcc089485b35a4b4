// The VmApi over the engine's WebSocket /api, as the browser's window uses it: one request frame per
// call, replies matched by id, events pushed on the same socket. The command line's transport to an
// engine that runs in another process.
import WebSocket from 'ws';
import { ApiError, VM_METHODS, type RpcMessage, type VmApi, type VmEvent } from '../../shared/api.js';
import { says } from '../../shared/i18n/index.js';
import { wsText } from '../engine/ws-text.js';

export interface WsApi {
  api: VmApi;
  onEvent: (listener: (event: VmEvent) => void) => () => void;
  close: () => void;
}

/** Connects to ws://HOST:PORT/api?token=...; rejects when the socket does not open. */
export async function connectWsApi(apiUrl: string, shownUrl: string): Promise<WsApi> {
  const ws = new WebSocket(apiUrl);
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode ?? '?'} ${res.statusMessage ?? ''}`.trim())));
    ws.once('error', reject);
  });
  let next = 1;
  const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: unknown) => void }>();
  const listeners = new Set<(event: VmEvent) => void>();
  ws.on('message', (data) => {
    const msg = JSON.parse(wsText(data)) as RpcMessage;
    if ('event' in msg) return listeners.forEach((l) => l(msg.event));
    const w = waiting.get(msg.id);
    waiting.delete(msg.id);
    if ('error' in msg) w?.reject(ApiError.from(msg.error));
    else w?.resolve(msg.result);
  });
  const gone = () => new ApiError('internal', says('cli:engine.gone', { url: shownUrl }));
  ws.on('error', () => {});
  ws.on('close', () => {
    for (const w of waiting.values()) w.reject(gone());
    waiting.clear();
  });
  const client: Partial<Record<string, (arg: unknown) => Promise<unknown>>> = {};
  for (const method of VM_METHODS) {
    client[method] = (arg: unknown) =>
      new Promise((resolve, reject) => {
        if (ws.readyState !== WebSocket.OPEN) return reject(gone());
        const id = next++;
        waiting.set(id, { resolve, reject });
        ws.send(JSON.stringify({ id, method, arg: arg ?? {} }));
      });
  }
  return {
    api: client as VmApi,
    onEvent: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => ws.close(),
  };
}
