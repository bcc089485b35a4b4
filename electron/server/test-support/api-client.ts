// The API as a well-behaved client (the ws library, no Origin, like the bench) sees it: send one text,
// get the reply to it or the close that refused it.
import WebSocket from 'ws';
import { wsText } from '../../engine/ws-text.js';
import { withDeadline, type WsClose } from './raw-client.js';

export interface RpcReply {
  kind: 'reply';
  id: unknown;
  result?: unknown;
  error?: { code: string; message: string; details?: unknown };
}

/** Opens /api, sends `data`, and resolves with the first reply (then closes) or the server's close. */
export function rpcExchange(url: string, data: string | Buffer, binary = false): Promise<RpcReply | WsClose> {
  return withDeadline('API exchange', (done, fail) => {
    const ws = new WebSocket(url);
    ws.on('error', fail);
    ws.on('open', () => ws.send(data, { binary }));
    ws.on('message', (d) => {
      const msg = JSON.parse(wsText(d)) as Record<string, unknown>;
      if (!('id' in msg)) return; // an event
      done({ kind: 'reply', ...msg } as RpcReply);
      ws.close();
    });
    ws.on('close', (code, reason) => done({ kind: 'close', code, reason: reason.toString() }));
    return () => ws.terminate();
  });
}

/** The server still answers: `list` over a new connection returns the list. */
export async function listStillWorks(url: string): Promise<unknown[]> {
  const answer = await rpcExchange(url, JSON.stringify({ id: 1, method: 'list', arg: {} }));
  if (answer.kind !== 'reply' || !Array.isArray(answer.result)) {
    throw new Error(`the server no longer answers list: ${JSON.stringify(answer).slice(0, 300)}`);
  }
  return answer.result;
}
