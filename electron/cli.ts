#!/usr/bin/env node
// `virtdesk`'s entry point. It runs the engine bundled by `npm run build` (dist/bundle/cli.js, made by
// scripts/bundle-engine.mjs): one file holding only the code the engine reaches, about 15 MiB less
// resident than the ~300 modules tsc emits (zod's 64 locales among them). The bundle runs only when it
// is at least as new as tsc's last output, so after a bare `npx tsc -b` the fresh modules run
// (cli-main.js, the same program) rather than a stale bundle. A packaged app has no .tsbuildinfo: the
// bundle runs.
import { statSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';

// V8 grows the young generation while start-up allocates (new space 8 MiB at idle, 0.6 MiB of it
// used) and never gives it back; an idle engine allocates little. Kept at its first size (2 MiB): 1.3
// MiB less resident at 0 VMs, the console relay's throughput unchanged (BENCHMARKS.md). Set here, so only the engine's own process has it:
// NODE_OPTIONS would reach every process it spawns.
setFlagsFromString('--semi-space-growth-factor=1');

const mtime = (relative: string): number | null => {
  try {
    return statSync(new URL(relative, import.meta.url)).mtimeMs;
  } catch {
    return null;
  }
};
const bundle = mtime('../bundle/cli.js');
const compiled = Math.max(mtime('./tsconfig.tsbuildinfo') ?? 0, mtime('../shared/tsconfig.tsbuildinfo') ?? 0);
const entry = bundle !== null && bundle >= compiled ? '../bundle/cli.js' : './cli-main.js';
await import(entry);
