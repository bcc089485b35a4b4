import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { APP_ORIGIN } from './app-origin.js';
import { checkHandshake, checkHost, checkOrigin, decodeUrl, guardUpgrade, isRefusal } from './request-guard.js';
import { CONTENT_SECURITY_POLICY, securityHeaders } from './security-headers.js';

const request = (headers: Record<string, string>, url = '/api', method = 'GET') => ({ headers, url, method }) as unknown as IncomingMessage;
const HOST = '127.0.0.1:4000';
const handshake = { host: HOST, upgrade: 'websocket', 'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==', 'sec-websocket-version': '13' };

describe('decodeUrl', () => {
  it.each(['/%ff', '/%E0%A4%A', '/%', '/a%zz'])('%s: 400, naming the percent-encoding and how to write it', (url) => {
    expect(decodeUrl(url)).toEqual({ status: 400, message: expect.stringMatching(/malformed percent-encoding.*Percent-encode/) });
  });
  it.each(['/%00', '/a%0Ab'])('%s: 400, a control character', (url) =>
    expect(decodeUrl(url)).toMatchObject({ status: 400, message: expect.stringMatching(/control character/) }),
  );
  it.each(['/..%2fetc', '/a/..%5c..%5cb'])('%s: 400, it climbs once decoded', (url) =>
    expect(decodeUrl(url)).toMatchObject({ status: 400, message: expect.stringMatching(/climbs out/) }),
  );
  it('decodes a good path once and resolves dot segments', () => {
    expect(decodeUrl('/a/%2e%2e/b%20c?token=x%ff')).toMatchObject({ pathname: '/b c', rawPathname: '/b%20c' });
    expect((decodeUrl('/?token=x') as { query: URLSearchParams }).query.get('token')).toBe('x');
  });
  it('an absolute-form URL that does not parse: 400', () => expect(decodeUrl('http://[::1')).toMatchObject({ status: 400 }));
});

describe('checkHost', () => {
  it('on loopback, accepts loopback names in any case and refuses the rest with the reason', () => {
    for (const host of [HOST, 'LOCALHOST:1', '[::1]:80', 'localhost']) expect(checkHost(request({ host }), '127.0.0.1')).toBeNull();
    expect(checkHost(request({ host: 'evil.example' }), '127.0.0.1')).toMatchObject({
      status: 403,
      message: expect.stringMatching(/DNS rebinding/),
    });
    expect(checkHost(request({}), '127.0.0.1')).toMatchObject({ status: 400, message: expect.stringMatching(/no Host header/) });
  });
  it('bound elsewhere (the user chose to expose it), any name is accepted, but one is required', () => {
    expect(checkHost(request({ host: 'box.lan:4000' }), '0.0.0.0')).toBeNull();
    expect(checkHost(request({}), '0.0.0.0')).toMatchObject({ status: 400 });
  });
});

describe('checkOrigin', () => {
  const api = (origin?: string, host = HOST) =>
    checkOrigin(request({ host, ...(origin === undefined ? {} : { origin }) }), 'the VirtDesk API', { appOrigin: false });
  const con = (origin: string) => checkOrigin(request({ host: HOST, origin }), 'the console relay', { appOrigin: true });
  it("accepts no Origin (not a browser) and the page's own origin", () => {
    expect(api()).toBeNull();
    expect(api(`http://${HOST}`)).toBeNull();
    expect(api('http://localhost', 'localhost:80')).toBeNull(); // the default port is left out of an origin
  });
  it.each(['http://evil.example', 'null', 'file://', 'http://127.0.0.1:4001', `https://${HOST}`, 'http://localhost:4000', APP_ORIGIN])(
    'refuses %s on /api with 403 naming the cause and the fix',
    (origin) => {
      expect(api(origin)).toEqual({
        status: 403,
        message: expect.stringMatching(
          /^Forbidden: the VirtDesk API answers only VirtDesk's own page \(http:\/\/127\.0\.0\.1:4000\), not .*Open VirtDesk from the URL it printed at start/,
        ),
      });
    },
  );
  it('says what "null" means', () => expect(api('null')?.message).toMatch(/a local file or a sandboxed frame/));
  it("accepts the Electron window's origin on consoles, and only that one", () => {
    expect(con(APP_ORIGIN)).toBeNull();
    expect(con('virtdesk://other')).toMatchObject({
      status: 403,
      message: expect.stringMatching(/or the VirtDesk window|virtdesk:\/\/app/),
    });
  });
});

describe('checkHandshake and guardUpgrade', () => {
  it('refuses what ws would refuse, with our message', () => {
    expect(checkHandshake(request(handshake))).toBeNull();
    expect(checkHandshake(request(handshake, '/api', 'POST'))).toMatchObject({ status: 405, headers: { Allow: 'GET' } });
    expect(checkHandshake(request({ ...handshake, 'sec-websocket-version': '7' }))).toMatchObject({
      status: 400,
      headers: { 'Sec-WebSocket-Version': '13, 8' },
    });
  });
  it('checks Host, then the URL, then the route, then Origin', () => {
    expect(guardUpgrade(request({ ...handshake, host: 'evil.example' }, '/%ff'), '127.0.0.1')).toMatchObject({ status: 403 });
    expect(guardUpgrade(request({ ...handshake, origin: 'null' }, '/console/%ff/x'), '127.0.0.1')).toMatchObject({ status: 400 });
    expect(guardUpgrade(request({ ...handshake, origin: 'null' }, '/elsewhere'), '127.0.0.1')).toMatchObject({ status: 404 });
    expect(guardUpgrade(request({ ...handshake, origin: 'null' }, '/api?token=x'), '127.0.0.1')).toMatchObject({ status: 403 });
    const ok = guardUpgrade(request(handshake, '/console/vm/serial0?token=t'), '127.0.0.1');
    expect(isRefusal(ok)).toBe(false);
    expect(ok).toMatchObject({ route: 'console' });
  });
});

describe('securityHeaders', () => {
  it("keeps the page's policy and forbids framing", () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(securityHeaders()).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'X-Frame-Options': 'DENY',
    });
  });
});
