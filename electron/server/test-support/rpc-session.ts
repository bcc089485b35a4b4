// One long-lived API connection for many requests (the hostile-input suite sends hundreds), with the
// replies matched by id.
import WebSocket from 'ws';
import { wsText } from '../../engine/ws-text.js';
import type { RpcReply } from './api-client.js';

export class RpcSession {
  private next = 1;
  private readonly waiting = new Map<number, (reply: RpcReply) => void>();
  private constructor(private readonly ws: WebSocket) {
    ws.on('message', (data) => {
      const msg = JSON.parse(wsText(data)) as RpcReply & { id?: number };
      if (typeof msg.id !== 'number') return; // an event
      this.waiting.get(msg.id)?.({ ...msg, kind: 'reply' });
      this.waiting.delete(msg.id);
    });
    ws.on('close', (code, reason) => {
      for (const done of this.waiting.values())
        done({ kind: 'reply', id: null, error: { code: 'closed', message: `closed ${code} ${String(reason)}` } });
      this.waiting.clear();
    });
  }

  static open(url: string): Promise<RpcSession> {
    const ws = new WebSocket(url);
    return new Promise((resolve, reject) => {
      ws.once('open', () => resolve(new RpcSession(ws)));
      ws.once('error', reject);
    });
  }

  /** Sends {id, method, arg} as JSON (arg undefined = left out) and resolves with the reply. */
  call(method: unknown, arg?: unknown): Promise<RpcReply> {
    const id = this.next++;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      this.ws.send(JSON.stringify(arg === undefined ? { id, method } : { id, method, arg }));
    });
  }

  /** The result, or a thrown Error with the engine's message. */
  async ok<T>(method: string, arg?: unknown): Promise<T> {
    const r = await this.call(method, arg);
    if (r.error) throw new Error(`${method}: ${r.error.message}`);
    return r.result as T;
  }

  get open(): boolean {
    return this.ws.readyState === WebSocket.OPEN;
  }

  close(): void {
    this.ws.close();
  }
}
