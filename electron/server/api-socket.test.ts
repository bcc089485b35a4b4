// A failure inside the server (a reply or an event JSON cannot encode) becomes an error reply and one
// log line, never an exit; the connection and the server carry on. A fake service stands in for the
// engine: the failure has to come from inside.
import { EventEmitter } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { ConsoleGateway } from '../engine/console/console-gateway.js';
import type { VmService } from '../engine/vm-service.js';
import { wsText } from '../engine/ws-text.js';
import { parseRequest } from './api-socket.js';
import { startHeadlessServer, type HeadlessServer } from './headless-server.js';

const logged: string[] = [];
const service = Object.assign(new EventEmitter(), {
  consoles: { gateway: new ConsoleGateway(() => {}) },
  list: async () => [{ size: 1n }], // a BigInt: JSON.stringify throws
});
let server: HeadlessServer;
let ws: WebSocket;
const replies = new Map<number, { result?: unknown; error?: { code: string; message: string } }>();
const waiters = new Map<number, () => void>();

const call = (id: number, method: string) =>
  new Promise<{ result?: unknown; error?: { code: string; message: string } }>((resolve) => {
    waiters.set(id, () => resolve(replies.get(id)!));
    ws.send(JSON.stringify({ id, method, arg: {} }));
  });

beforeAll(async () => {
  server = await startHeadlessServer(service as unknown as VmService, {
    host: '127.0.0.1',
    port: 0,
    rendererDir: '/nonexistent',
    token: 't',
    log: (l) => logged.push(l),
  });
  ws = new WebSocket(`${server.wsBase}/api?token=t`);
  ws.on('message', (d) => {
    const msg = JSON.parse(wsText(d));
    replies.set(msg.id, msg);
    waiters.get(msg.id)?.();
  });
  await new Promise((r) => ws.once('open', r));
});

afterAll(async () => {
  ws.terminate();
  await server.close();
});

describe('faults inside the API server', () => {
  it('a reply JSON cannot encode becomes an internal error reply for the same id, and one log line', async () => {
    const reply = await call(1, 'list');
    expect(reply.error).toEqual({
      code: 'internal',
      message: expect.stringMatching(/VirtDesk could not encode its reply as JSON \(.*BigInt.*\)\./),
    });
    expect(logged).toEqual([
      expect.stringMatching(/^virtdesk: internal error: the reply to request 1 could not be encoded as JSON: .*BigInt/),
    ]);
  });

  it('an event JSON cannot encode is dropped with one log line; the connection keeps working', async () => {
    logged.length = 0;
    const cyclic: Record<string, unknown> = { type: 'vm-changed' };
    cyclic.vm = cyclic;
    service.emit('event', cyclic);
    expect(logged).toEqual([expect.stringMatching(/^virtdesk: internal error: a vm-changed event could not be encoded as JSON: /)]);
    expect(ws.readyState).toBe(WebSocket.OPEN);
    expect((await call(2, 'list')).error?.code).toBe('internal');
  });
});

describe('what a request must look like', () => {
  it.each([
    ['nope', 'the frame is not JSON'],
    ['[]', 'the JSON is not an object'],
    ['{"id":"7"}', '"id" is not a number'],
    ['{"id":1e999}', '"id" is not a number'],
  ])('%s: %s', (text, why) => expect(parseRequest(text)).toBe(why));

  it('a request with a numeric id passes, whatever its method (serve() judges that)', () => {
    expect(parseRequest('{"id":3,"method":"x","arg":{}}')).toEqual({ id: 3, method: 'x', arg: {} });
  });
});
