import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../shared/api.js';
import { WebSocketTransport } from './transport-ws.js';

/** Just enough of the browser WebSocket for the transport. */
class FakeSocket {
  static CONNECTING = 0;
  static OPEN = 1;
  static CLOSING = 2;
  static CLOSED = 3;
  static last: FakeSocket | null = null;
  readyState = FakeSocket.CONNECTING;
  sent: string[] = [];
  onopen: (() => void) | null = null;
  onmessage: ((ev: { data: unknown }) => void) | null = null;
  onclose: ((ev: { code: number; reason: string }) => void) | null = null;
  constructor(readonly url: string) {
    FakeSocket.last = this;
  }
  send(text: string) {
    this.sent.push(text);
  }
  open() {
    this.readyState = FakeSocket.OPEN;
    this.onopen?.();
  }
  receive(message: unknown) {
    this.onmessage?.({ data: JSON.stringify(message) });
  }
  drop(code = 1006, reason = '') {
    this.readyState = FakeSocket.CLOSED;
    this.onclose?.({ code, reason });
  }
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('WebSocket', FakeSocket);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('WebSocket transport', () => {
  it('queues calls made while connecting and matches replies by id', async () => {
    const t = new WebSocketTransport('ws://h/api?token=t', true);
    const socket = FakeSocket.last!;
    const list = t.call('list', {});
    const host = t.call('host', {});
    expect(socket.sent).toEqual([]);
    socket.open();
    const [first, second] = socket.sent.map((s) => JSON.parse(s) as { id: number; method: string });
    expect(first!.method).toBe('list');
    socket.receive({ id: second!.id, result: 'host!' });
    socket.receive({ id: first!.id, result: ['vm'] });
    await expect(list).resolves.toEqual(['vm']);
    await expect(host).resolves.toBe('host!');
  });

  it('re-throws engine errors as ApiError and passes events on', async () => {
    const t = new WebSocketTransport('ws://h/api?token=t', true);
    const socket = FakeSocket.last!;
    const events: unknown[] = [];
    t.onEvent((e) => events.push(e));
    socket.open();
    const start = t.call('start', { id: 'x' });
    const { id } = JSON.parse(socket.sent[0]!) as { id: number };
    socket.receive({ event: { type: 'vm-removed', id: 'y' } });
    socket.receive({ id, error: { code: 'conflict', message: 'already running' } });
    await expect(start).rejects.toMatchObject({ code: 'conflict', message: 'already running' });
    await expect(start).rejects.toBeInstanceOf(ApiError);
    expect(events).toEqual([{ type: 'vm-removed', id: 'y' }]);
  });

  it('rejects pending calls on close, backs off, and reports the reconnect', async () => {
    const t = new WebSocketTransport('ws://h/api?token=t', true);
    const links: string[] = [];
    const reconnects: boolean[] = [];
    t.onLink((l, again) => {
      links.push(l.kind);
      reconnects.push(again);
    });
    const first = FakeSocket.last!;
    first.open();
    const pending = t.call('list', {});
    first.drop(1006);
    await expect(pending).rejects.toThrow(/Lost the connection/);
    await expect(t.call('list', {})).rejects.toThrow(/Not connected/);
    // The banner's reason is a message, said in the window's language when it shows.
    expect(t.link).toMatchObject({ kind: 'lost', reason: { key: 'app:link.reason.dropped' } });
    vi.advanceTimersByTime(600);
    const second = FakeSocket.last!;
    expect(second).not.toBe(first);
    second.open();
    expect(links).toEqual(['connecting', 'open', 'lost', 'connecting', 'open']);
    expect(reconnects.at(-1)).toBe(true);
  });
});
