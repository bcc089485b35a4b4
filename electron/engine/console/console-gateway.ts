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
/** Answers an upgrade with an HTTP error status and a message (the server's, with its headers). */
export type Refuse = (status: number, message: string) => void;

export class ConsoleGateway {
  private tickets = new Map<string, Ticket>();
  // No permessage-deflate (ws's default, said here so nobody turns it on): console frames are a few
  // hundred bytes of mostly fresh text, and zlib per frame would cost more CPU than it saves on loopback.
  private wss = new WebSocketServer({ noServer: true, maxPayload: 1024 * 1024, perMessageDeflate: false });

  /** How to answer each pending upgrade, should ws find its handshake unacceptable. */
  private refusers = new WeakMap<Duplex, Refuse>();

  constructor(private readonly onViewer: ViewerHandler) {
    this.wss.on('wsClientError', (err, socket) => {
      const refuse = this.refusers.get(socket);
      if (refuse) refuse(400, `Bad request: ${err.message}.`);
      else socket.destroy();
    });
  }

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

  /**
   * True if this upgrade request is for a console (and has been answered); false if it is not ours.
   * The server has checked Host, Origin, the URL's encoding and the handshake before (the engine may
   * not depend on the server), and writes refusals with its headers: `refuse` is its way to answer.
   */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer, refuse: Refuse): boolean {
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      return false;
    }
    const m = /^\/console\/([^/]+)\/([^/]+)$/.exec(url.pathname);
    if (!m) return false;
    const [vmId, stream] = [decode(m[1]!), decode(m[2]!)];
    if (vmId === null || stream === null) {
      refuse(400, 'Bad request: the console address has a malformed percent-encoding; open the console from VirtDesk again.');
      return true;
    }
    const token = url.searchParams.get('token') ?? '';
    const ticket = this.tickets.get(token);
    if (!ticket || ticket.expires < Date.now() || ticket.vmId !== vmId || ticket.stream !== stream) {
      refuse(401, 'Unauthorized: the console token is wrong, used already or expired; open the console again.');
      return true;
    }
    this.tickets.delete(token); // single use
    this.refusers.set(socket, refuse);
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      // A frame the protocol forbids: ws has already closed this viewer with the matching code (1002,
      // 1007, 1009); the listener keeps that from being an uncaught error that would stop the engine.
      ws.on('error', () => {});
      this.onViewer(vmId, stream, ws);
    });
    return true;
  }

  close(): void {
    for (const ws of this.wss.clients) ws.terminate();
    this.wss.close();
  }
}

const decode = (s: string): string | null => {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
};
