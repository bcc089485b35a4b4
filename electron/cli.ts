#!/usr/bin/env node
// `virtdesk`'s entry point. It runs the engine bundled by `npm run build` (dist/bundle/cli.js, made by
// scripts/bundle-engine.mjs): one file holding only the code the engine reaches, about 15 MiB less
// resident than the ~300 modules tsc emits (zod's 64 locales among them). The bundle runs only when it
// is at least as new as tsc's last output, so after a bare `npx tsc -b` the fresh modules run
// (cli-main.js, the same program) rather than a stale bundle. A packaged app has no .tsbuildinfo: the
// bundle runs.
import { statSync } from 'node:fs';

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
