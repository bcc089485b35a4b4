// The headers every HTTP answer carries (pages, files, errors, refused upgrades) and the Electron
// window's own scheme too: one function, so no reply can forget one.

/**
 * Scripts only from VirtDesk itself, no inline scripts (Radix Themes sets inline styles, hence
 * 'unsafe-inline' for styles only), sockets only back to VirtDesk or the loopback console relay, and no
 * other site may frame a VirtDesk page (clickjacking).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self' ws://127.0.0.1:* ws://localhost:*",
  "frame-ancestors 'none'",
].join('; ');

export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    // A file is what its Content-Type says, never what a browser guesses from its bytes.
    'X-Content-Type-Options': 'nosniff',
    // Page URLs can carry the token (?token=...): never hand them to another site.
    'Referrer-Policy': 'no-referrer',
    // frame-ancestors for browsers that predate it.
    'X-Frame-Options': 'DENY',
  };
}
