// The renderer's layers: components call actions, actions (and the stores' own loaders) call the API
// client, and only start-engine.ts picks a transport. Read from the import lines of the sources.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.dirname(new URL(import.meta.url).pathname);

function sources(dir = ROOT): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'test-support' ? [] : sources(p);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.test.ts') && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

/** The renderer files a source imports at run time (type-only imports leave no trace in the bundle). */
function runtimeImports(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const specs = [
    ...text.matchAll(/^(?:import|export)\s+(?!type\b)[^'"]*?from\s+'(\.[^']+)'/gm),
    ...text.matchAll(/^import\s+'(\.[^']+)'/gm),
    ...text.matchAll(/\bimport\(\s*'(\.[^']+)'\s*\)/g),
  ].map((m) => m[1]!);
  return specs.flatMap((spec) => {
    const base = path.resolve(path.dirname(file), spec).replace(/\.js$/, '');
    const found = ['.ts', '.tsx'].map((ext) => base + ext).find((p) => fs.existsSync(p));
    return found ? [path.relative(ROOT, found)] : [];
  });
}

const graph = new Map(sources().map((f) => [path.relative(ROOT, f), runtimeImports(f)]));

/** Who may call the engine: the stores' loaders, the VM actions, each feature's *-actions.ts. */
const mayCallApi = (file: string) =>
  file === 'start-engine.ts' || file.startsWith('store/') || /^features\/[^/]+\/[^/]+-actions\.ts$/.test(file);

describe('renderer layers', () => {
  it('reaches the API client only through actions and the stores', () => {
    const offenders = [...graph].filter(([file, deps]) => deps.includes('api/client.ts') && !mayCallApi(file)).map(([f]) => f);
    expect(offenders).toEqual([]);
  });

  it('picks the transport in one place', () => {
    const transports = ['api/connect.ts', 'api/transport-ws.ts', 'api/transport-electron.ts'];
    const offenders = [...graph]
      .filter(([file, deps]) => !file.startsWith('api/') && file !== 'start-engine.ts' && deps.some((d) => transports.includes(d)))
      .map(([f]) => f);
    expect(offenders).toEqual([]);
  });

  it('has no import cycles', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const visit = (file: string) => {
      state.set(file, 'open');
      stack.push(file);
      for (const dep of graph.get(file) ?? []) {
        if (state.get(dep) === 'open') cycles.push([...stack.slice(stack.indexOf(dep)), dep].join(' -> '));
        else if (!state.has(dep)) visit(dep);
      }
      stack.pop();
      state.set(file, 'done');
    };
    for (const file of graph.keys()) if (!state.has(file)) visit(file);
    expect(cycles).toEqual([]);
  });
});
