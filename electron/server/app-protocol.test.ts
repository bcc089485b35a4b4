// The Electron window's virtdesk://app scheme, without Electron: the handler is a plain function from
// a Request to a Response.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { APP_INDEX_URL, APP_ORIGIN } from './app-origin.js';
import { appProtocolResponse } from './app-protocol.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'virtdesk-app-protocol-'));
fs.mkdirSync(path.join(root, 'assets'));
fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html>');
fs.writeFileSync(path.join(root, 'assets/app.js'), 'export {}');
fs.writeFileSync(path.join(path.dirname(root), `${path.basename(root)}-secret.txt`), 'secret');
afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
  fs.rmSync(`${root}-secret.txt`, { force: true });
});

const fetchApp = (url: string, method = 'GET') => appProtocolResponse(root, { url, method });

describe('virtdesk://app', () => {
  it('serves the renderer with its type and the security headers', async () => {
    const page = await fetchApp(APP_INDEX_URL);
    expect(page.status).toBe(200);
    expect(await page.text()).toBe('<!doctype html>');
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    const script = await fetchApp(`${APP_ORIGIN}/assets/app.js?v=1`);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it.each([
    [`${APP_ORIGIN}/../${path.basename(root)}-secret.txt`, 404],
    [`${APP_ORIGIN}/..%2f${path.basename(root)}-secret.txt`, 400],
    [`${APP_ORIGIN}/%ff`, 400],
    [`${APP_ORIGIN}/missing.js`, 404],
    ['virtdesk://other/index.html', 404],
    ['file:///etc/passwd', 404],
    ['not a url', 404],
  ])('%s: %i with the headers, never a file outside the renderer', async (url, status) => {
    const res = await fetchApp(url);
    expect(res.status).toBe(status);
    expect(await res.text()).not.toContain('secret');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('answers HEAD without a body and refuses POST', async () => {
    const head = await fetchApp(APP_INDEX_URL, 'HEAD');
    expect({ status: head.status, body: await head.text() }).toEqual({ status: 200, body: '' });
    expect((await fetchApp(APP_INDEX_URL, 'POST')).status).toBe(405);
  });
});
