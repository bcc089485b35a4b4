import { ApiError, type RpcMessage, type RpcRequest, type VmEvent, type VmMethod } from '../../shared/api.js';
import { says, type Message } from '../../shared/i18n/index.js';
import type { LinkState, Transport } from './transport.js';

const BACKOFF_MS = [500, 1000, 2000, 4000, 8000];
const MAX_BACKOFF_MS = 10_000;

interface Pending {
  method: VmMethod;
  resolve: (result: unknown) => void;
  reject: (error: ApiError) => void;
}

/** WebSocket transport for the headless server: one socket, requests matched to replies by id. */
export class WebSocketTransport implements Transport {
  link: LinkState = { kind: 'connecting', attempt: 1 };
  private socket: WebSocket | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  /** Requests made while the socket was still opening; sent on open. */
  private queued: RpcRequest[] = [];
  private readonly eventListeners = new Set<(event: VmEvent) => void>();
  private readonly linkListeners = new Set<(state: LinkState, reconnected: boolean) => void>();
  private failures = 0;
  private everOpened = false;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly url: string,
    private readonly hasToken: boolean,
  ) {
    this.open();
  }

  call(method: VmMethod, arg: unknown): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const socket = this.socket;
      if (!socket || socket.readyState === WebSocket.CLOSING || socket.readyState === WebSocket.CLOSED) {
        reject(new ApiError('internal', says('app:link.notConnected')));
        return;
      }
      const request: RpcRequest = { id: this.nextId++, method, arg };
      this.pending.set(request.id, { method, resolve, reject });
      if (socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(request));
      else this.queued.push(request);
    });
  }

  onEvent(listener: (event: VmEvent) => void): () => void {
    this.eventListeners.add(listener);
    return () => this.eventListeners.delete(listener);
  }

  onLink(listener: (state: LinkState, reconnected: boolean) => void): () => void {
    this.linkListeners.add(listener);
    listener(this.link, false);
    return () => this.linkListeners.delete(listener);
  }

  /** Consoles are on the server that served the page, at the address the browser used for it. */
  consoleBase(): Promise<string> {
    return Promise.resolve(window.location.href);
  }

  /** The banner's "Retry now". */
  reconnectNow(): void {
    if (this.link.kind !== 'lost') return;
    clearTimeout(this.retryTimer);
    this.open();
  }

  private open(): void {
    this.setLink({ kind: 'connecting', attempt: this.failures + 1 }, false);
    let socket: WebSocket;
    try {
      socket = new WebSocket(this.url);
    } catch (err) {
      this.lose(says('app:link.reason.given', { reason: err instanceof Error ? err.message : String(err) }));
      return;
    }
    this.socket = socket;
    socket.onopen = () => {
      const reconnected = this.everOpened;
      this.everOpened = true;
      this.failures = 0;
      for (const request of this.queued) socket.send(JSON.stringify(request));
      this.queued = [];
      this.setLink({ kind: 'open' }, reconnected);
    };
    socket.onmessage = (ev: MessageEvent) => {
      if (typeof ev.data === 'string') this.receive(ev.data);
    };
    socket.onclose = (ev: CloseEvent) => {
      if (this.socket !== socket) return;
      this.socket = null;
      this.lose(this.describeClose(ev));
    };
  }

  private lose(reason: Message): void {
    this.failAll(reason);
    const retryInMs = BACKOFF_MS[this.failures] ?? MAX_BACKOFF_MS;
    this.failures++;
    this.setLink({ kind: 'lost', reason, retryInMs, attempt: this.failures }, false);
    this.retryTimer = setTimeout(() => this.open(), retryInMs);
  }

  private failAll(reason: Message): void {
    const pending = [...this.pending.values()];
    this.pending.clear();
    this.queued = [];
    for (const p of pending) {
      p.reject(new ApiError('internal', says('app:link.lostCall', { method: p.method, reason })));
    }
  }

  private receive(text: string): void {
    let message: RpcMessage;
    try {
      message = JSON.parse(text) as RpcMessage;
    } catch {
      console.warn('VirtDesk: ignoring a frame that is not JSON', text.slice(0, 200));
      return;
    }
    if ('event' in message) {
      for (const listener of this.eventListeners) listener(message.event);
      return;
    }
    const pending = this.pending.get(message.id);
    if (!pending) return;
    this.pending.delete(message.id);
    if ('error' in message) pending.reject(ApiError.from(message.error));
    else pending.resolve(message.result);
  }

  private describeClose(ev: CloseEvent): Message {
    if (!this.hasToken) return says('app:link.reason.noToken');
    // The server's own words (it closes with a reason when it refuses a frame, say).
    if (ev.reason) return says('app:link.reason.given', { reason: ev.reason });
    if (ev.code === 1006) return says(this.everOpened ? 'app:link.reason.dropped' : 'app:link.reason.refused');
    return says('app:link.reason.code', { code: ev.code });
  }

  private setLink(state: LinkState, reconnected: boolean): void {
    this.link = state;
    for (const listener of this.linkListeners) listener(state, reconnected);
  }
}
