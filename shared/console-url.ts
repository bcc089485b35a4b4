// Console tickets carry a path; the viewer makes it a WebSocket URL on the server as it reaches it.
/**
 * A console ticket's path made absolute against `base`, the server as the viewer reaches it: http(s)://
 * or ws(s)://host:port, a page's whole location included (only its scheme and host count). The scheme
 * becomes ws: or wss:. (String work: shared/ has no URL class, it compiles without Node or the DOM.)
 */
export function consoleUrl(path: string, base: string): string {
  const m = /^(https?|wss?):\/\/([^/?#]+)/i.exec(base);
  if (!m || !path.startsWith('/')) throw new Error(`consoleUrl: cannot resolve "${path}" against "${base}"`);
  const secure = /^(https|wss)$/i.test(m[1]!);
  return `${secure ? 'wss' : 'ws'}://${m[2]}${path}`;
}
