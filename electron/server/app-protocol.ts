// The Electron window's virtdesk://app scheme: the same files and headers as the headless server's
// pages (static-files.ts), as a fetch Response for protocol.handle. Plain Node, so it is tested without
// Electron; electron/main only registers it.
import { APP_HOST, APP_SCHEME } from './app-origin.js';
import { textReply } from './replies.js';
import { NOT_FOUND, readStatic } from './static-files.js';

/** The privileges the scheme is registered with (before the app is ready). */
export const APP_SCHEME_PRIVILEGES = {
  // A real origin (virtdesk://app): relative URLs resolve, storage works, and the console relay can
  // tell the window's pages from a local file's "null".
  standard: true,
  // A secure context, like https: the clipboard API works in the consoles.
  secure: true,
  // The page's module scripts and chunks load with fetch (same origin only: corsEnabled stays off).
  supportFetchAPI: true,
  codeCache: true,
} as const;

export async function appProtocolResponse(rendererDir: string, request: { url: string; method: string }): Promise<Response> {
  let url: URL | null = null;
  try {
    url = new URL(request.url);
  } catch {
    // answered below like any other address that is not ours
  }
  const reply =
    url && url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST
      ? await readStatic(rendererDir, request.method, url.pathname + url.search)
      : textReply(404, NOT_FOUND);
  const empty = request.method === 'HEAD';
  return new Response(empty ? null : new Uint8Array(reply.body), { status: reply.status, headers: reply.headers });
}
