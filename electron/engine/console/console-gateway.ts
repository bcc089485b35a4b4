// Hands out console tickets and admits WebSocket viewers that present one. A ticket is an unguessable
// token (32 random bytes), bound to one VM and stream, usable once, for a short time: a URL that leaks
// into a log or the browser history is worthless by then.
import crypto from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';

export const TICKET_TTL_MS = 60_000;

interface Ticket {
  vmId: string;
  stream: string;
  expires: number;
}

export type ViewerHandler = (vmId: string, stream: string, ws: WebSocket) => void;

export class ConsoleGateway {
  private tickets = new Map<string, Ticket>();
  private wss = new WebSocketServer({ noServer: true, maxPayload: 1024 * 1024 });

  constructor(private readonly onViewer: ViewerHandler) {}

  issue(vmId: string, stream: string): string {
    const now = Date.now();
    for (const [t, v] of this.tickets) if (v.expires < now) this.tickets.delete(t);
    const token = crypto.randomBytes(32).toString('base64url');
    this.tickets.set(token, { vmId, stream, expires: now + TICKET_TTL_MS });
    return token;
  }

  static path(vmId: string, stream: string, token: string): string {
    return `/console/${encodeURIComponent(vmId)}/${encodeURIComponent(stream)}?token=${token}`;
  }

  /** True if this upgrade request is for a console (and has been answered); false if it is not ours. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const m = /^\/console\/([^/]+)\/([^/]+)$/.exec(url.pathname);
    if (!m) return false;
    const [vmId, stream] = [decodeURIComponent(m[1]!), decodeURIComponent(m[2]!)];
    const token = url.searchParams.get('token') ?? '';
    const ticket = this.tickets.get(token);
    if (!ticket || ticket.expires < Date.now() || ticket.vmId !== vmId || ticket.stream !== stream) {
      refuse(socket, 401, 'Unauthorized: the console token is wrong, used already or expired; open the console again.');
      return true;
    }
    this.tickets.delete(token); // single use
    this.wss.handleUpgrade(req, socket, head, (ws) => this.onViewer(vmId, stream, ws));
    return true;
  }

  close(): void {
    for (const ws of this.wss.clients) ws.terminate();
    this.wss.close();
  }
}

export function refuse(socket: Duplex, status: number, message: string): void {
  const reason = status === 401 ? 'Unauthorized' : status === 403 ? 'Forbidden' : 'Not Found';
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: text/plain\r\nConnection: close\r\n` +
      `Content-Length: ${Buffer.byteLength(message)}\r\n\r\n${message}`,
  );
}
