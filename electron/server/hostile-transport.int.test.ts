// The real engine and server on temporary folders, attacked as a careless client or a hostile web page
// would: every input must get the answer a user of the API can act on (status and message, or close
// code), carry the security headers where it is HTTP, and leave the server answering `list`. No QEMU:
// a console is a relay to fake chardev sockets, which is all the transport sees of QEMU.
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConsoleGateway } from '../engine/console/console-gateway.js';
import { createEngine, type Engine } from './create-engine.js';
import { runtimeFiles } from '../engine/paths.js';
import { tempDirs } from '../engine/test-support/guest.js';
import { listStillWorks, rpcExchange } from './test-support/api-client.js';
import type { HostileCase, Outcome, Target } from './test-support/hostile-case.js';
import { HTTP_CASES } from './test-support/hostile-http-cases.js';
import { WS_CASES } from './test-support/hostile-ws-cases.js';
import { get, upgrade } from './test-support/raw-client.js';
import { frame, OP } from './test-support/ws-frames.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CASES: HostileCase[] = [...HTTP_CASES, ...WS_CASES];
const VM_ID = '00000000-0000-4000-8000-00000000c0de';

const dirs = tempDirs();
let engine: Engine;
let target: Target;
let rendererTemp: string | null = null;
const chardevs: net.Server[] = [];
const peers = new Set<net.Socket>();
/** What viewers typed, as the fake serial port received it. */
let typed = '';
const tally = { tried: 0, clear: 0, crashes: 0 };

/** The built renderer if there is one, else a folder with an index.html (the server serves either). */
function rendererDir(): string {
  const built = path.join(repo, 'dist/renderer');
  if (fs.existsSync(path.join(built, 'index.html'))) return built;
  rendererTemp = fs.mkdtempSync(path.join(os.tmpdir(), 'virtdesk-renderer-'));
  fs.mkdirSync(path.join(rendererTemp, 'assets'));
  fs.writeFileSync(path.join(rendererTemp, 'index.html'), '<!doctype html><title>VirtDesk</title>');
  return rendererTemp;
}

/** Stand-ins for QEMU's serial and monitor chardev sockets, and the relay connected to them. */
async function fakeConsoles(): Promise<void> {
  const files = runtimeFiles({ ...dirs, cacheDir: '' }, VM_ID);
  fs.mkdirSync(files.dir, { recursive: true });
  for (const socketPath of [files.serial0, files.monitor]) {
    const server = net.createServer((sock) => {
      sock.on('error', () => {});
      peers.add(sock); // the console log keeper holds serial0 until QEMU's end closes it
      if (socketPath === files.serial0) sock.on('data', (d: Buffer) => (typed += d.toString('latin1')));
    });
    await new Promise<void>((r) => server.listen(socketPath, r));
    chardevs.push(server);
  }
  await engine.service.consoles.connect(VM_ID, { serial: true, scrollbackBytes: 1024 * 1024 });
}

beforeAll(async () => {
  engine = await createEngine({ paths: dirs, rendererDir: rendererDir(), token: 'hostile-transport-token' });
  const port = Number(new URL(engine.server.wsBase).port);
  const apiPath = `/api?token=${engine.server.token}`;
  target = {
    port,
    token: engine.server.token,
    apiPath,
    apiUrl: `${engine.server.wsBase}${apiPath}`,
    vmId: VM_ID,
    consolePath: (stream = 'serial0') => ConsoleGateway.path(VM_ID, stream, engine.service.consoles.gateway.issue(VM_ID, stream)),
  };
  await fakeConsoles();
});

afterAll(async () => {
  await engine?.close();
  dirs.cleanup(); // ends the console log keeper too
  for (const sock of peers) sock.destroy();
  await Promise.all(chardevs.map((s) => new Promise((r) => s.close(r))));
  if (rendererTemp) fs.rmSync(rendererTemp, { recursive: true, force: true });
});

function expectSecurityHeaders(headers: Record<string, string>): void {
  expect(headers['content-security-policy']).toMatch(/default-src 'self'; script-src 'self'.*frame-ancestors 'none'/);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['x-frame-options']).toBe('DENY');
}

/** What a user of the server sees, checked against the case's expectation. */
function expectAnswer(c: HostileCase, out: Outcome): void {
  const want = c.expect;
  if ('status' in want) {
    expect(out.kind, JSON.stringify(out).slice(0, 300)).toBe('http');
    if (out.kind !== 'http') return;
    expect({ status: out.status, body: out.body.slice(0, 300) }).toMatchObject({
      status: want.status,
      body: expect.stringMatching(want.body),
    });
    expectSecurityHeaders(out.headers);
  } else if ('close' in want) {
    expect(out).toMatchObject({ kind: 'close', code: want.close, ...(want.reason ? { reason: expect.stringMatching(want.reason) } : {}) });
  } else {
    expect(out).toMatchObject({ kind: 'reply', error: { code: want.error, message: expect.stringMatching(want.message) } });
  }
}

describe(`hostile transport: ${CASES.length} inputs, each a clear refusal, none stops the engine`, () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    tally.tried++;
    const out = await c.run(target);
    expectAnswer(c, out);
    try {
      await listStillWorks(target.apiUrl);
    } catch (err) {
      tally.crashes++;
      throw err;
    }
    tally.clear++;
  });

  it(`summary: ${CASES.length} inputs tried / ${CASES.length} clear errors / 0 crashes`, () => {
    expect(tally).toEqual({ tried: CASES.length, clear: CASES.length, crashes: 0 });
  });
});

describe('what must keep working', () => {
  it('the page itself: 200 with the security headers, HEAD without a body', async () => {
    const page = await get(target.port, '/');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expectSecurityHeaders(page.headers);
    const head = await get(target.port, '/index.html', {}, 'HEAD');
    expect({ status: head.status, body: head.body }).toEqual({ status: 200, body: '' });
    expectSecurityHeaders(head.headers);
  });

  it("the page's own origin opens /api and a console; the Electron window's origin opens a console", async () => {
    const own = `http://127.0.0.1:${target.port}`;
    for (const [where, origin] of [
      [target.apiPath, own],
      [target.consolePath(), own],
      [target.consolePath(), 'virtdesk://app'],
      [target.consolePath(), 'VIRTDESK://APP'],
    ] as const) {
      const ws = await upgrade(target.port, where, { headers: { Origin: origin } });
      expect(ws.kind, `${origin} on ${where.split('?')[0]}`).toBe('websocket');
      if (ws.kind === 'websocket') ws.socket.destroy();
    }
  });

  it('a refused Origin or Host does not use up the console ticket', async () => {
    const where = target.consolePath();
    expect(await upgrade(target.port, where, { headers: { Origin: 'http://evil.example' } })).toMatchObject({ status: 403 });
    expect(await upgrade(target.port, where, { headers: { Host: 'evil.example' } })).toMatchObject({ status: 403 });
    const ws = await upgrade(target.port, where);
    expect(ws.kind).toBe('websocket');
    if (ws.kind === 'websocket') ws.socket.destroy();
  });

  it('after all of it, a console viewer still types into the serial port', async () => {
    const ws = await upgrade(target.port, target.consolePath());
    if (ws.kind !== 'websocket') throw new Error(`console refused: ${ws.status} ${ws.body}`);
    const marker = `typed-${Date.now()}`;
    ws.send(frame({ opcode: OP.text, payload: marker }));
    await expect.poll(() => typed.includes(marker), { timeout: 10_000 }).toBe(true);
    ws.socket.destroy();
    expect(engine.service.consoles.connected(VM_ID, 'serial0')).toBe(true);
  });

  it('a well-formed call still gets the reply with its own id', async () => {
    const reply = await rpcExchange(target.apiUrl, JSON.stringify({ id: 41, method: 'list', arg: {} }));
    expect(reply).toMatchObject({ kind: 'reply', id: 41, result: expect.any(Array) });
  });
});
