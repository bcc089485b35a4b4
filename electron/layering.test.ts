// DESIGN.md's layering rules, checked on every test run: the engine is plain Node (it must run without
// Electron, in the headless server and the tests) and shared/ is pure (both sides compile it).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sources = (dir: string): string[] =>
  fs.readdirSync(path.join(repo, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|tsx|cts)$/.test(f) && !f.endsWith('.test.ts'))
    .map((f) => path.join(dir, f));
const importsOf = (file: string) =>
  [...fs.readFileSync(path.join(repo, file), 'utf8').matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((m) => m[1]!);

describe('layering', () => {
  it('electron/engine never imports electron', () => {
    const bad = sources('electron/engine').filter((f) => importsOf(f).some((i) => i === 'electron' || i.startsWith('electron/')));
    expect(bad).toEqual([]);
  });
  it('shared/ imports neither Node, nor Electron, nor React', () => {
    const bad = sources('shared').filter((f) => importsOf(f).some((i) => i.startsWith('node:') || ['electron', 'react', 'ws', 'fs', 'path'].includes(i)));
    expect(bad).toEqual([]);
  });
  it('the preload imports nothing at run time but electron', () => {
    const runtime = fs.readFileSync(path.join(repo, 'electron/preload/index.cts'), 'utf8')
      .split('\n').filter((l) => /^import (?!type)/.test(l));
    expect(runtime.every((l) => l.includes("from 'electron'"))).toBe(true);
  });
});
