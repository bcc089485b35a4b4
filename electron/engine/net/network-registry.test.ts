import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_NETWORKS, NetworkRegistry, parseRegistry } from './network-registry.js';

const FILE = '/home/ann/.local/share/virtdesk/networks.json';
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

const notice = (text: string) => {
  const r = parseRegistry(text, FILE);
  if (r.ok) throw new Error('expected the file to be refused');
  return r.notice.text;
};

describe('the registry of named networks (networks.json)', () => {
  it('reads what VirtDesk writes', () => {
    const r = parseRegistry(JSON.stringify({ schemaVersion: 1, networks: [{ name: 'lab1', createdAt: 1 }] }), FILE);
    expect(r).toEqual({ ok: true, networks: [{ name: 'lab1', createdAt: 1 }] });
  });

  it('refuses a file that is not JSON, naming the file, the cause and the fix', () => {
    const text = notice('{ "networks": [');
    expect(text).toContain(FILE);
    expect(text).toMatch(/not JSON/);
    expect(text).toMatch(/correct it or remove it/);
  });

  it('names the field that is wrong', () => {
    expect(notice(JSON.stringify({ schemaVersion: 1, networks: [{ name: 'has space', createdAt: 1 }] }))).toMatch(/networks\.0\.name: /);
    expect(notice(JSON.stringify({ schemaVersion: 2, networks: [] }))).toMatch(/schemaVersion: /);
    expect(notice(JSON.stringify({ schemaVersion: 1, networks: [{ name: 'a', createdAt: 1, extra: true }] }))).toMatch(/networks\.0: /);
    expect(notice(JSON.stringify([]))).toMatch(/\(the whole file\)/);
  });

  it('refuses a name listed twice and more than the limit', () => {
    const twice = [
      { name: 'a', createdAt: 1 },
      { name: 'a', createdAt: 2 },
    ];
    expect(notice(JSON.stringify({ schemaVersion: 1, networks: twice }))).toMatch(/listed twice/);
    const many = Array.from({ length: MAX_NETWORKS + 1 }, (_, i) => ({ name: `n${i}`, createdAt: 1 }));
    expect(notice(JSON.stringify({ schemaVersion: 1, networks: many }))).toMatch(/networks: /);
  });

  it('writes a private file atomically, sorted by name, and reads it back; no file is an empty registry', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vd-networks-'));
    dirs.push(dataDir);
    const reg = new NetworkRegistry(dataDir);
    expect(await reg.read()).toEqual({ ok: true, networks: [] });
    await reg.write([
      { name: 'zeta', createdAt: 2 },
      { name: 'alpha', createdAt: 1 },
    ]);
    expect(fs.statSync(reg.file).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(dataDir)).toEqual(['networks.json']);
    expect(await reg.read()).toEqual({
      ok: true,
      networks: [
        { name: 'alpha', createdAt: 1 },
        { name: 'zeta', createdAt: 2 },
      ],
    });
  });
});
