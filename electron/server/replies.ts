// Every answer the server writes that is not a file or a WebSocket: plain-text errors with the security
// headers, through a ServerResponse or, for upgrades and unparsable requests (no ServerResponse exists
// there), written onto the raw socket. None of these throws, whatever state the connection is in.
import http, { type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Refusal } from './request-guard.js';
import { securityHeaders } from './security-headers.js';

/** An answer before it is written: status, headers (the security headers always among them), body. */
export interface TextReply {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** A plain-text answer (an error, usually) with the security headers. */
export function textReply(status: number, message: string, extra: Record<string, string> = {}): TextReply {
  const body = Buffer.from(`${message}\n`);
  const headers = {
    ...securityHeaders(),
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': String(body.length),
    'Cache-Control': 'no-store',
    ...extra,
  };
  return { status, headers, body };
}

/** A plain-text answer (an error, usually) on an HTTP request. */
export function reply(res: ServerResponse, refusal: Refusal): void {
  if (res.headersSent) {
    res.destroy(); // half an answer is already out: cutting the connection is the only honest end
    return;
  }
  const { status, headers, body } = textReply(refusal.status, refusal.message, refusal.headers);
  res.writeHead(status, headers);
  res.end(res.req?.method === 'HEAD' ? undefined : body);
}

/** An HTTP answer written by hand onto a socket that has no ServerResponse (upgrades, CONNECT). */
export function replyRaw(socket: Duplex, refusal: Refusal): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const { status, headers, body } = textReply(refusal.status, refusal.message, { ...refusal.headers, Connection: 'close' });
  const head =
    `HTTP/1.1 ${status} ${http.STATUS_CODES[status] ?? 'Error'}\r\n` +
    Object.entries(headers)
      .map(([k, v]) => `${k}: ${v}\r\n`)
      .join('');
  socket.once('finish', () => socket.destroy()); // a client that never closes its side does not keep it
  socket.end(Buffer.concat([Buffer.from(`${head}\r\n`, 'latin1'), body]));
}

/**
 * Node's 'clientError': the request could not be parsed (or timed out). Answered like Node's default
 * (431, 408, 400) but with our headers and a message; nothing reaches a handler.
 */
export function answerClientError(err: NodeJS.ErrnoException, socket: Duplex): void {
  const pending = (socket as { _httpMessage?: ServerResponse })._httpMessage;
  if (err.code === 'ECONNRESET' || !socket.writable || pending?.headersSent) {
    socket.destroy();
    return;
  }
  replyRaw(socket, clientErrorRefusal(err));
}

function clientErrorRefusal(err: NodeJS.ErrnoException): Refusal {
  switch (err.code) {
    case 'HPE_HEADER_OVERFLOW':
      return { status: 431, message: 'Request header fields too large: the URL and headers together exceed 16 KiB. Shorten the URL.' };
    case 'HPE_CHUNK_EXTENSIONS_OVERFLOW':
      return { status: 413, message: 'Content too large: the chunk extensions exceed 16 KiB. Send the body without them.' };
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return { status: 408, message: 'Request timeout: the request did not arrive in time. Send it again.' };
    default:
      return {
        status: 400,
        message: `Bad request: the HTTP request could not be parsed (${err.code ?? 'unknown'}: ${err.message.slice(0, 100)}). Send a well-formed HTTP/1.1 request.`,
      };
  }
}
