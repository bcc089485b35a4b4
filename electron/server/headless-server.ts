// Headless mode: one HTTP server on loopback that serves the built renderer, carries the VmApi over a
// WebSocket (/api) and the console relay (/console/...). The API needs the server's token, which is
// printed in the URL at start; consoles need their own one-time tickets.
//
// No input can stop it: every socket has an 'error' listener, every request passes request-guard.ts
// (Host, URL decoding, Origin, handshake) before a route sees it, and a failure inside a handler becomes
// an error answer and one log line. Every answer carries the security headers (security-headers.ts).
import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { VmEvent } from '../../shared/api.js';
import { serve } from '../engine/serve.js';
import type { VmService } from '../engine/vm-service.js';
import { attachApiSocket, sendMessage } from './api-socket.js';
import { answerClientError, reply, replyRaw } from './replies.js';
import { checkHost, guardUpgrade, isRefusal, type Refusal } from './request-guard.js';
import { serveStatic } from './static-files.js';

export interface HeadlessOptions {
  host: string;
  port: number;
  /** Folder of the built renderer (dist/renderer); null = no pages (the desktop app shows its own). */
  rendererDir: string | null;
  token?: string;
  /** Where server-side faults are reported, one line each (default: stderr). */
  log?: (line: string) => void;
}

export interface HeadlessServer {
  url: string;
  /** http://host:port where this machine reaches the server (loopback for a wildcard bind): engine.json's url. */
  origin: string;
  /** ws://host:port, what console ticket paths resolve against on this machine. */
  wsBase: string;
  token: string;
  close(): Promise<void>;
}

/** The largest WebSocket message accepted on /api; a bigger one closes that connection with 1009. */
export const MAX_API_MESSAGE = 1024 * 1024;

const INTERNAL: Refusal = { status: 500, message: 'Internal error: VirtDesk failed to answer this request (its log says why). Try again.' };

export async function startHeadlessServer(service: VmService, opts: HeadlessOptions): Promise<HeadlessServer> {
  const log = opts.log ?? ((line: string) => console.error(line));
  const token = opts.token ?? crypto.randomBytes(24).toString('base64url');
  const api = new WebSocketServer({ noServer: true, maxPayload: MAX_API_MESSAGE });
  // A handshake ws itself refuses (request-guard checked the usual ones): answered with our headers.
  api.on('wsClientError', (err, socket) => replyRaw(socket, { status: 400, message: `Bad request: ${err.message}.` }));
  const clients = new Set<WebSocket>();
  const fault = (what: string, err: unknown) =>
    log(`virtdesk: internal error while answering ${what}: ${err instanceof Error ? err.message : String(err)}`);

  // A request without Host is refused by checkHost (with our headers), not by Node's bare 400.
  const server = http.createServer({ requireHostHeader: false }, (req, res) => {
    const what = `${req.method} ${(req.url ?? '').slice(0, 100)}`;
    try {
      const refused = checkHost(req, opts.host);
      if (refused) return reply(res, refused);
      if (!opts.rendererDir) {
        return reply(res, { status: 404, message: 'Not found: this VirtDesk serves no pages (the app shows them in its own window).' });
      }
      serveStatic(opts.rendererDir, req, res).catch((err: unknown) => {
        fault(what, err);
        reply(res, INTERNAL);
      });
    } catch (err) {
      fault(what, err);
      reply(res, INTERNAL);
    }
  });
  server.on('clientError', answerClientError);
  server.on('checkExpectation', (_req, res) =>
    reply(res, { status: 417, message: 'Expectation failed: VirtDesk handles only "Expect: 100-continue".' }),
  );
  server.on('connect', (_req, socket: Duplex) => {
    socket.on('error', () => socket.destroy());
    replyRaw(socket, { status: 405, message: 'Method not allowed: VirtDesk is not a proxy (CONNECT).', headers: { Allow: 'GET, HEAD' } });
  });

  server.on('upgrade', (req, socket: Duplex, head: Buffer) => {
    // Node removed its own listener when it handed the socket over: a reset while we answer is ours.
    socket.on('error', () => socket.destroy());
    try {
      onUpgrade(req, socket, head);
    } catch (err) {
      fault(`the WebSocket upgrade to ${(req.url ?? '').slice(0, 100)}`, err);
      replyRaw(socket, INTERNAL);
    }
  });

  function onUpgrade(req: http.IncomingMessage, socket: Duplex, head: Buffer): void {
    const guarded = guardUpgrade(req, opts.host);
    if (isRefusal(guarded)) return replyRaw(socket, guarded);
    if (guarded.route === 'console') {
      const ours = service.consoles.gateway.handleUpgrade(req, socket, head, (status, message) => replyRaw(socket, { status, message }));
      if (!ours)
        replyRaw(socket, {
          status: 404,
          message: 'Not found: a console address is /console/<vm id>/<stream>?token=...; open the console from VirtDesk.',
        });
      return;
    }
    // /api is there with or without pages: the `virtdesk` command line reaches the desktop app's engine
    // through it too (the address and token are in engine.json, engine-lock.ts).
    if (!sameSecret(guarded.url.query.get('token') ?? '', token)) {
      return replyRaw(socket, {
        status: 401,
        message: 'Unauthorized: the API token is missing or wrong. Open the URL VirtDesk printed at start (it carries the token).',
      });
    }
    api.handleUpgrade(req, socket, head, (ws) => {
      attachApiSocket(ws, { call: (method, arg) => serve(service, method, arg), log });
      clients.add(ws);
      ws.on('close', () => clients.delete(ws));
    });
  }

  const onEvent = (event: VmEvent) => {
    for (const ws of clients) sendMessage(ws, { event }, log);
  };
  service.on('event', onEvent);

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  // Listening: what goes wrong now (too many open files, say) is logged, and the server carries on.
  server.on('error', (err) => log(`virtdesk: server error: ${err.message}`));
  const { port } = server.address() as AddressInfo;
  const hostPart = opts.host.includes(':') ? `[${opts.host}]` : opts.host;
  // Bound to every address: this machine reaches it on loopback (0.0.0.0 is no address to connect to).
  const local = { '0.0.0.0': '127.0.0.1', '::': '[::1]' }[opts.host] ?? hostPart;
  return {
    url: `http://${hostPart}:${port}/?token=${token}`,
    origin: `http://${local}:${port}`,
    wsBase: `ws://${local}:${port}`,
    token,
    close: async () => {
      service.off('event', onEvent);
      for (const ws of clients) ws.terminate();
      api.close();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}
