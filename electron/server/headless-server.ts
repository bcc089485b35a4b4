// Headless mode: one HTTP server on loopback that serves the built renderer, carries the VmApi over a
// WebSocket (/api) and the console relay (/console/...). The API needs the server's token, which is
// printed in the URL at start; consoles need their own one-time tickets.
import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import type { RpcMessage, RpcRequest, VmEvent } from '../../shared/api.js';
import { refuse } from '../engine/console/console-gateway.js';
import { serve } from '../engine/serve.js';
import type { VmService } from '../engine/vm-service.js';
import { serveStatic } from './static-files.js';

export interface HeadlessOptions {
  host: string;
  port: number;
  /** Folder of the built renderer (dist/renderer); null = consoles only (Electron mode, whose API is IPC). */
  rendererDir: string | null;
  token?: string;
}

export interface HeadlessServer {
  url: string;
  /** ws://host:port, the base of console URLs. */
  wsBase: string;
  token: string;
  close(): Promise<void>;
}

export async function startHeadlessServer(service: VmService, opts: HeadlessOptions): Promise<HeadlessServer> {
  const token = opts.token ?? crypto.randomBytes(24).toString('base64url');
  const api = new WebSocketServer({ noServer: true, maxPayload: 1024 * 1024 });
  const clients = new Set<WebSocket>();

  const server = http.createServer((req, res) => {
    if (!hostAllowed(req, opts.host)) {
      res.writeHead(403, { 'Content-Type': 'text/plain' }).end('Forbidden: unexpected Host header.');
      return;
    }
    if (opts.rendererDir) void serveStatic(opts.rendererDir, req, res);
    else res.writeHead(404).end();
  });

  server.on('upgrade', (req, socket, head) => {
    if (!hostAllowed(req, opts.host)) return refuse(socket, 403, 'Forbidden: unexpected Host header.');
    if (service.consoles.gateway.handleUpgrade(req, socket, head)) return;
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== '/api' || !opts.rendererDir) return refuse(socket, 404, 'Not found.');
    if (!sameSecret(url.searchParams.get('token') ?? '', token)) {
      return refuse(socket, 401, 'Unauthorized: open the URL VirtDesk printed at start (it carries the token).');
    }
    api.handleUpgrade(req, socket, head, (ws) => {
      clients.add(ws);
      ws.on('close', () => clients.delete(ws));
      ws.on('message', (data) => void onRequest(ws, data.toString()));
    });
  });

  async function onRequest(ws: WebSocket, text: string) {
    let req: RpcRequest;
    try {
      req = JSON.parse(text) as RpcRequest;
      if (typeof req !== 'object' || req === null || typeof req.id !== 'number') throw new Error('no id');
    } catch {
      ws.close(1007, 'Malformed request: expected {"id": number, "method": string, "arg": object}.');
      return;
    }
    const result = await serve(service, req.method, req.arg);
    send(ws, { id: req.id, ...result } as RpcMessage);
  }

  const onEvent = (event: VmEvent) => {
    for (const ws of clients) send(ws, { event });
  };
  service.on('event', onEvent);

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const hostPart = opts.host.includes(':') ? `[${opts.host}]` : opts.host;
  return {
    url: `http://${hostPart}:${port}/?token=${token}`,
    wsBase: `ws://${hostPart}:${port}`,
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

function send(ws: WebSocket, msg: RpcMessage): void {
  if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(msg));
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

/**
 * On loopback, accept only loopback Host names: a web page elsewhere that re-points its own domain to
 * 127.0.0.1 (DNS rebinding) must not reach the server.
 */
function hostAllowed(req: http.IncomingMessage, bindHost: string): boolean {
  if (!['127.0.0.1', 'localhost', '::1'].includes(bindHost)) return true;
  const host = (req.headers.host ?? '').replace(/:\d+$/, '');
  return ['127.0.0.1', 'localhost', '[::1]'].includes(host);
}
