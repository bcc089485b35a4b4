// Serves the built renderer, to the headless server's browsers and to the Electron window's own scheme
// (app-protocol.ts): only files below the root, only GET/HEAD, never a directory listing. Every answer,
// errors included, carries the security headers.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { textReply, type TextReply } from './replies.js';
import { decodeUrl, isRefusal } from './request-guard.js';
import { securityHeaders } from './security-headers.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.map': 'application/json',
};

/**
 * Browsers ask for /favicon.ico on every load whatever the page says; the app's icon answers it (a PNG is
 * fine there). Vite copies assets/ into the built renderer (publicDir), so the icon is inside the root.
 */
const ALIASES: Record<string, string> = { '/': '/index.html', '/favicon.ico': '/icon.png' };

export const NOT_FOUND = 'Not found: VirtDesk has no page or file at this address. Open the URL VirtDesk printed at start.';

/** What to answer for `method rawUrl` (the request line's target) below `root`. Never throws. */
export async function readStatic(root: string, method: string, rawUrl: string): Promise<TextReply> {
  if (method !== 'GET' && method !== 'HEAD') {
    return textReply(405, `Method not allowed: VirtDesk's pages are read with GET or HEAD, not ${JSON.stringify(method.slice(0, 20))}.`, {
      Allow: 'GET, HEAD',
    });
  }
  const url = decodeUrl(rawUrl);
  if (isRefusal(url)) return textReply(url.status, url.message);
  const base = path.resolve(root);
  const file = path.resolve(base, `.${ALIASES[url.pathname] ?? url.pathname}`);
  if (!file.startsWith(base + path.sep)) return textReply(404, NOT_FOUND);
  let body: Buffer;
  try {
    body = await fs.readFile(file);
  } catch {
    return textReply(404, NOT_FOUND); // missing, a folder, unreadable, a name too long: all "not here"
  }
  return {
    status: 200,
    headers: {
      ...securityHeaders(),
      'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'Content-Length': String(body.length),
      'Cache-Control': 'no-cache',
    },
    body,
  };
}

export async function serveStatic(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const reply = await readStatic(root, req.method ?? 'GET', req.url ?? '/');
  res.writeHead(reply.status, reply.headers);
  res.end(req.method === 'HEAD' ? undefined : reply.body);
}
