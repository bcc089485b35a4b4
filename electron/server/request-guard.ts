// The checks every request passes before anything else looks at it: the Host header (DNS rebinding),
// a URL that decodes, the page the request comes from (Origin), and the shape of a WebSocket handshake.
// Each check answers null (fine) or a Refusal whose message names the cause and the fix; none throws,
// whatever the client sent. The HTTP handler and the upgrade handler both use them, so the console
// relay (engine code, which may not import the server) only ever sees requests that passed.
import type { IncomingMessage } from 'node:http';
import { APP_ORIGIN } from './app-origin.js';

export interface Refusal {
  status: number;
  message: string;
  headers?: Record<string, string>;
}

export const isRefusal = (x: unknown): x is Refusal =>
  typeof x === 'object' && x !== null && typeof (x as Refusal).status === 'number' && typeof (x as Refusal).message === 'string';

const LOOPBACK_BINDS = ['127.0.0.1', 'localhost', '::1'];
const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost', '[::1]'];

/** What a client sent, quoted and cut short for a message (it may be long or odd; never trust it). */
export const quote = (s: string) => JSON.stringify(s.length > 80 ? `${s.slice(0, 80)}...` : s);

/**
 * Every request needs a Host header. On loopback only loopback names are accepted: a web page elsewhere
 * that re-points its own domain to 127.0.0.1 (DNS rebinding) would send its own name here.
 */
export function checkHost(req: IncomingMessage, bindHost: string): Refusal | null {
  const host = req.headers.host;
  if (!host) {
    return {
      status: 400,
      message: 'Bad request: the request has no Host header. Send the address you connected to, e.g. "Host: 127.0.0.1:PORT".',
    };
  }
  if (!LOOPBACK_BINDS.includes(bindHost)) return null;
  if (LOOPBACK_HOSTS.includes(host.toLowerCase().replace(/:\d+$/, ''))) return null;
  return {
    status: 403,
    message:
      `Forbidden: unexpected Host header ${quote(host)}. VirtDesk listens on loopback and answers only to 127.0.0.1, ` +
      'localhost or [::1], so that other web sites cannot reach it by re-pointing their own names (DNS rebinding). ' +
      'Open the URL VirtDesk printed at start.',
  };
}

export interface DecodedUrl {
  /** The path, percent-decoded once; "." and ".." segments already resolved by the URL parser. */
  pathname: string;
  /** The path as sent (still encoded), for routes that split it before decoding. */
  rawPathname: string;
  query: URLSearchParams;
}

const bad = (cause: string, fix: string): Refusal => ({ status: 400, message: `Bad request: ${cause}. ${fix}` });

/** The request's URL, parsed and decoded, or a 400 saying why it cannot be. */
export function decodeUrl(rawUrl: string | undefined): DecodedUrl | Refusal {
  let url: URL;
  try {
    url = new URL(rawUrl ?? '/', 'http://localhost');
  } catch {
    return bad(`the URL ${quote(rawUrl ?? '')} cannot be parsed`, 'Send a path such as "/index.html".');
  }
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return bad(
      `the path ${quote(url.pathname)} has a malformed percent-encoding (a "%" must start the escape of a UTF-8 byte, as in "%C3%A9")`,
      'Percent-encode the UTF-8 bytes of the path, or "%" itself as "%25".',
    );
  }
  if (/[\u0000-\u001f\u007f]/.test(pathname)) {
    return bad('the path contains a control character (such as NUL or a line break)', 'Remove it from the URL.');
  }
  // The parser resolves "/../" and "%2e%2e"; an encoded slash ("..%2f") only shows once decoded.
  if (pathname.split(/[/\\]/).includes('..')) {
    return bad('the path climbs out of its folder (an encoded "../")', 'Ask for a file by its own path, without "..".');
  }
  return { pathname, rawPathname: url.pathname, query: url.searchParams };
}

/**
 * A present Origin (or the older Sec-WebSocket-Origin) must be the page's own origin, http://<Host>,
 * or, where appOrigin is allowed, the Electron window's virtdesk://app. Browsers always send Origin on
 * WebSocket handshakes, so a foreign page, a sandboxed frame ("null") or a local file (file://) is
 * refused here even before its token is looked at. Without Origin the client is not a browser (the
 * bench, tests, a script): it is let through and still needs the token.
 */
export function checkOrigin(req: IncomingMessage, what: string, opts: { appOrigin: boolean }): Refusal | null {
  const given = [req.headers.origin, req.headers['sec-websocket-origin']].flat().filter((o): o is string => o !== undefined);
  if (!given.length) return null;
  const own = ownOrigin(req.headers.host);
  const allowed = [own, ...(opts.appOrigin ? [APP_ORIGIN] : [])].filter((o): o is string => o !== null);
  const foreign = given.find((o) => !allowed.includes(o.toLowerCase()));
  if (foreign === undefined) return null;
  const ours = [own ?? 'unknown: the request has no Host header', ...(opts.appOrigin ? [`the VirtDesk window, ${APP_ORIGIN}`] : [])];
  const from = foreign === 'null' ? 'a page without an origin ("null": a local file or a sandboxed frame)' : `the page ${quote(foreign)}`;
  return {
    status: 403,
    message:
      `Forbidden: ${what} answers only VirtDesk's own page (${ours.join(', or ')}), not ${from}. ` +
      'Open VirtDesk from the URL it printed at start; other web pages may not use it.',
  };
}

/** http://<Host> normalised as browsers serialise an origin (lower case, no default port). */
function ownOrigin(host: string | undefined): string | null {
  if (!host) return null;
  try {
    const url = new URL(`http://${host}`);
    return url.host === host.toLowerCase().replace(/:80$/, '') ? url.origin : null;
  } catch {
    return null;
  }
}

const KEY = /^[+/0-9A-Za-z]{22}==$/;

/** The parts of a WebSocket handshake the ws library would otherwise refuse without our headers. */
export function checkHandshake(req: IncomingMessage): Refusal | null {
  if (req.method !== 'GET') {
    return {
      status: 405,
      message: `Method not allowed: a WebSocket handshake is a GET request, not ${quote(req.method ?? '')}.`,
      headers: { Allow: 'GET' },
    };
  }
  if ((req.headers.upgrade ?? '').toLowerCase() !== 'websocket') {
    return bad(
      `this address takes WebSocket connections only, and the Upgrade header is ${quote(req.headers.upgrade ?? '')}`,
      'Send "Upgrade: websocket".',
    );
  }
  if (!KEY.test(req.headers['sec-websocket-key'] ?? '')) {
    return bad('the Sec-WebSocket-Key header is missing or not 16 bytes in base64', 'Use a WebSocket client library.');
  }
  const version = req.headers['sec-websocket-version'];
  if (version !== '13' && version !== '8') {
    return {
      ...bad(`Sec-WebSocket-Version ${quote(version ?? '')} is not supported`, 'Send version 13.'),
      headers: { 'Sec-WebSocket-Version': '13, 8' },
    };
  }
  return null;
}

export type UpgradeRoute = { route: 'api' | 'console'; url: DecodedUrl };

/**
 * Every WebSocket upgrade, before any route sees it: Host, URL, route, Origin, handshake, in that order.
 * The token (API) and the ticket (consoles) are checked by the route after this.
 */
export function guardUpgrade(req: IncomingMessage, bindHost: string): UpgradeRoute | Refusal {
  const host = checkHost(req, bindHost);
  if (host) return host;
  const url = decodeUrl(req.url);
  if (isRefusal(url)) return url;
  const route = url.pathname === '/api' ? 'api' : url.pathname.startsWith('/console/') ? 'console' : null;
  if (!route) {
    return {
      status: 404,
      message: 'Not found: WebSocket connections go to /api (the VirtDesk API) or /console/<vm>/<stream> (a console).',
    };
  }
  const origin = checkOrigin(req, route === 'api' ? 'the VirtDesk API' : 'the console relay', { appOrigin: route === 'console' });
  return origin ?? checkHandshake(req) ?? { route, url };
}
