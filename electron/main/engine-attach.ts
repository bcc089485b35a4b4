// The desktop app on an engine that already runs (a `virtdesk --headless` on the same folders, named by
// the engine lock): rather than refuse to start, the app talks to that engine over its WebSocket /api,
// as a browser window of it would. This plays the part of the engine process for engine-link.ts: the
// same messages, "ready" once the socket is open, "exit" when it closes. When that engine stops, the
// link starts the app's own engine, which re-attaches the VMs. Quitting the app leaves that engine be.
import WebSocket from 'ws';
import type { RpcMessage } from '../../shared/api.js';
import { engineEndpoints, type EngineLockInfo } from '../engine/engine-lock.js';
import { wsText } from '../engine/ws-text.js';
import type { EngineChild } from './engine-link.js';
import type { FromEngine, ToEngine } from './engine-wire.js';

export function attachToEngine(holder: EngineLockInfo): EngineChild {
  const { wsBase, apiUrl } = engineEndpoints(holder);
  const ws = new WebSocket(apiUrl);
  const onMessage = new Set<(message: FromEngine) => void>();
  const tell = (message: FromEngine) => onMessage.forEach((l) => l(message));
  ws.on('open', () => tell({ ready: { consoleBase: wsBase } }));
  ws.on('message', (data) => {
    const msg = JSON.parse(wsText(data)) as RpcMessage;
    if ('event' in msg) return tell({ event: msg.event });
    tell({ reply: { id: msg.id, result: 'error' in msg ? { error: msg.error } : { result: msg.result } } });
  });
  // A refused or broken connection ends in 'close' too, which is the link's "exit".
  ws.on('error', () => {});
  return {
    postMessage(message: ToEngine) {
      if ('close' in message) ws.close();
      else if (ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify(message.call));
    },
    on(event: 'message' | 'exit', listener: ((message: FromEngine) => void) | ((code: number) => void)) {
      if (event === 'message') onMessage.add(listener as (message: FromEngine) => void);
      else ws.on('close', () => (listener as (code: number) => void)(0));
      return this;
    },
    kill: () => {
      ws.close();
      return true;
    },
  };
}
