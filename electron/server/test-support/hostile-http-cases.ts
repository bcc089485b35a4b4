// Hostile HTTP requests: URLs that do not decode, paths that climb, control characters, sizes, methods,
// malformed requests and foreign Host headers. None needs a token (any web page can send them).
import { httpCase, rawCase, type HostileCase } from './hostile-case.js';

const PERCENT = /malformed percent-encoding[^]*Percent-encode/;
const CONTROL = /control character[^]*Remove it/;
const CLIMBS = /climbs out of its folder[^]*without "\.\."/;
const NOT_FOUND = /Not found: VirtDesk has no page or file at this address\. Open the URL/;
const METHOD = /Method not allowed: VirtDesk's pages are read with GET or HEAD/;
const TOO_LARGE = /too large[^]*Shorten the URL/;
const UNPARSABLE = /Bad request: the HTTP request could not be parsed[^]*Send a well-formed/;
const HOST = /Forbidden: unexpected Host header[^]*DNS rebinding[^]*Open the URL/;

const BAD_ENCODINGS = [
  '%ff',
  '%E0%A4%A',
  '%',
  '%%',
  '%zz',
  '%f',
  '%C0%AF',
  '%C0%80',
  '%ED%A0%80',
  '%F4%90%80%80',
  '%FE',
  '%80',
  '%E2%82',
  'a%',
  'index.html%',
  '%u0041',
  'assets/%ff.js',
  '%E0%A4%A/index.html',
  '%c3%28',
  '%ff'.repeat(3000),
];

const CONTROLS = [
  '%00',
  'index.html%00',
  '%00.html',
  'index.html%00.png',
  '%0a',
  '%0d%0aSet-Cookie:%20a=1',
  '%1b[31m',
  '%7f',
  '%09',
  'a%08b',
];

/** Paths the URL parser resolves itself (to a file that is not there) or that climb once decoded. */
const RESOLVED = [
  '/../../../../etc/passwd',
  '/%2e%2e/%2e%2e/etc/passwd',
  '/%2E%2E/package.json',
  '/.%2e/.%2e/etc/passwd',
  '/assets/../../package.json',
  '//etc/passwd',
  '/..;/..;/etc/passwd',
];
const CLIMBING = [
  '/..%2f..%2f..%2fetc%2fpasswd',
  '/assets/..%2f..%2f..%2fpackage.json',
  '/..%5c..%5cetc%5cpasswd',
  '/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '/index.html/..%2f..%2f',
  '/%2e%2e%5c%2e%2e%5cpackage.json',
];

const METHODS = ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE'];

const FOREIGN_HOSTS = [
  'evil.example',
  'evil.example:PORT',
  '127.0.0.1.nip.io:PORT',
  'localhost.evil.example',
  '0.0.0.0:PORT',
  '[::ffff:127.0.0.1]:PORT',
  '127.1:PORT',
  '@evil.example',
];

const req = (head: string) => (t: { port: number }) => head.replaceAll('PORT', String(t.port));

export const HTTP_CASES: HostileCase[] = [
  ...BAD_ENCODINGS.map((p) =>
    httpCase(`GET /${p.slice(0, 40)}${p.length > 40 ? `... (${p.length} chars)` : ''}: malformed percent-encoding`, `/${p}`, 400, PERCENT),
  ),
  ...CONTROLS.map((p) => httpCase(`GET /${p}: a control character once decoded`, `/${p}`, 400, CONTROL)),
  ...RESOLVED.map((p) => httpCase(`GET ${p}: resolved by the URL parser, not found`, p, 404, NOT_FOUND)),
  ...CLIMBING.map((p) => httpCase(`GET ${p}: climbs out once decoded`, p, 400, CLIMBS)),
  httpCase('GET a 4,000-character path: not found', `/${'a'.repeat(4000)}`, 404, NOT_FOUND),
  httpCase('GET 3,000 nested folders: not found', `/${'a/'.repeat(3000)}`, 404, NOT_FOUND),
  httpCase('GET a 20,000-character path: too large', `/${'a'.repeat(20_000)}`, 431, TOO_LARGE),
  httpCase('GET a 70,000-character query: too large', `/?${'q'.repeat(70_000)}`, 431, TOO_LARGE),
  httpCase('GET with a 20 KB header: too large', '/', 431, TOO_LARGE, { headers: { 'X-Big': 'b'.repeat(20_000) } }),
  httpCase('GET /nothing-here.js: not found', '/nothing-here.js', 404, NOT_FOUND),
  httpCase('GET /assets/ (a folder): not found, no listing', '/assets/', 404, NOT_FOUND),
  httpCase('GET /api without an upgrade: not found', '/api?token=x', 404, NOT_FOUND),
  ...METHODS.map((m) => httpCase(`${m} /index.html: method not allowed`, '/index.html', 405, METHOD, { method: m })),
  rawCase('an unknown method (BREW): unparsable', req('BREW / HTTP/1.1\r\nHost: 127.0.0.1:PORT\r\n\r\n'), 400, UNPARSABLE),
  rawCase('a request line of garbage: unparsable', 'GARBAGE\r\n\r\n', 400, UNPARSABLE),
  rawCase('HTTP/9.9: unparsable', req('GET / HTTP/9.9\r\nHost: 127.0.0.1:PORT\r\n\r\n'), 400, UNPARSABLE),
  rawCase('a raw NUL in the request line: unparsable', req('GET /\0 HTTP/1.1\r\nHost: 127.0.0.1:PORT\r\n\r\n'), 400, UNPARSABLE),
  rawCase('a space inside the URL: unparsable', req('GET /a b HTTP/1.1\r\nHost: 127.0.0.1:PORT\r\n\r\n'), 400, UNPARSABLE),
  rawCase(
    'a header line without a colon: unparsable',
    req('GET / HTTP/1.1\r\nHost: 127.0.0.1:PORT\r\nBad Header\r\n\r\n'),
    400,
    UNPARSABLE,
  ),
  rawCase('Content-Length: abc: unparsable', req('GET / HTTP/1.1\r\nHost: 127.0.0.1:PORT\r\nContent-Length: abc\r\n\r\n'), 400, UNPARSABLE),
  rawCase(
    'Content-Length and chunked together (smuggling): unparsable',
    req('POST / HTTP/1.1\r\nHost: 127.0.0.1:PORT\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n'),
    400,
    UNPARSABLE,
  ),
  rawCase(
    'no Host header: refused, naming the header',
    'GET / HTTP/1.1\r\nConnection: close\r\n\r\n',
    400,
    /no Host header[^]*Send the address/,
  ),
  rawCase(
    'CONNECT (a proxy request): method not allowed',
    req('CONNECT evil.example:443 HTTP/1.1\r\nHost: evil.example:443\r\n\r\n'),
    405,
    /not a proxy/,
  ),
  httpCase('Expect: 999-weird: expectation failed', '/', 417, /handles only "Expect: 100-continue"/, { headers: { Expect: '999-weird' } }),
  ...FOREIGN_HOSTS.map((h) =>
    httpCase(`GET / with Host ${h}: refused (DNS rebinding)`, '/', 403, HOST, { headers: (t) => ({ Host: req(h)(t) }) }),
  ),
];
