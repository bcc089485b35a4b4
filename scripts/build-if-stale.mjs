#!/usr/bin/env node
// `npm run web` and `npm start`: build only when a source changed since the last build. Cheap: the
// newest modification time among the sources against the stamp a successful build leaves in dist/.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const STAMP = path.join(repo, 'dist', '.build-stamp');
/** What the build reads: the source folders and the files that configure it. */
const SOURCES = [
  'shared',
  'electron',
  'renderer',
  'assets',
  'index.html',
  'vite.config.ts',
  'scripts/bundle-engine.mjs',
  'package.json',
  'package-lock.json',
];
const CONFIG = /^tsconfig.*\.json$/;

function newest(p) {
  let st;
  try {
    st = fs.statSync(p);
  } catch {
    return 0;
  }
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs; // a removed file changes its folder's time
  for (const name of fs.readdirSync(p)) {
    if (name === 'node_modules' || name === 'test-results') continue;
    max = Math.max(max, newest(path.join(p, name)));
  }
  return max;
}

const sources = Math.max(
  ...SOURCES.map((s) => newest(path.join(repo, s))),
  ...fs
    .readdirSync(repo)
    .filter((f) => CONFIG.test(f))
    .map((f) => newest(path.join(repo, f))),
);
const built = fs.existsSync(STAMP) ? fs.statSync(STAMP).mtimeMs : 0;
if (built > sources) {
  console.log('VirtDesk: the build is up to date (dist/).');
  process.exit(0);
}
const startedAt = new Date();
const run = spawnSync('npm', ['run', 'build'], { cwd: repo, stdio: 'inherit' });
if (run.status !== 0) process.exit(run.status ?? 1);
// Stamped with the time the build started: a source saved during the build makes the next run build.
fs.writeFileSync(STAMP, '');
fs.utimesSync(STAMP, startedAt, startedAt);
