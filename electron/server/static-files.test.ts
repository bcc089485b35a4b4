import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readStatic } from './static-files.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'virtdesk-static-'));
fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html>');
// What Vite copies from assets/ into the build.
fs.copyFileSync(new URL('../../assets/icon.png', import.meta.url), path.join(root, 'icon.png'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('readStatic', () => {
  it('answers /favicon.ico with the app icon, so no browser logs a 404 on every load', async () => {
    const reply = await readStatic(root, 'GET', '/favicon.ico');
    expect(reply.status).toBe(200);
    expect(reply.headers['Content-Type']).toBe('image/png');
    expect(Buffer.from(reply.body).subarray(1, 4).toString()).toBe('PNG');
  });

  it('still answers 404 for other missing files', async () => {
    expect((await readStatic(root, 'GET', '/nothing.png')).status).toBe(404);
  });
});
