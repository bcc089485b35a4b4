// The engine's bundle for `node dist/electron/cli.js` (see electron/cli.ts, which picks it): the
// headless CLI from its TypeScript sources and its dependencies in one ES module, dist/bundle/cli.js.
// Why: Node keeps every module it loaded, and the bundler leaves out what nothing uses (zod's 64 locale
// modules, re-exported by every zod entry point, are most of it). tsc's output stays as it is: the
// tests import it, and other processes are spawned from its files by path.
//
// import.meta.url: each of our modules keeps the URL of the file tsc emits for it (dist/<path>.js), so a
// path resolved against it (the renderer's folder, a helper process spawned by file path) points where
// it always did. A dependency that reads import.meta.url is refused: its files are not beside ours.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(repo, 'dist/bundle');
/** Source folders and where tsc writes their output. */
const compiledAt = { electron: 'dist/electron', shared: 'dist/shared' };

/** The file tsc emits for a source module, or null for a file outside our sources. */
function compiledFile(id) {
  const rel = path.relative(repo, id);
  const [top, ...rest] = rel.split(path.sep);
  if (!compiledAt[top] || !/\.[cm]?ts$/.test(rel)) return null;
  return path.join(repo, compiledAt[top], ...rest).replace(/\.([cm]?)ts$/, '.$1js');
}

const keepModuleUrls = {
  name: 'keep-module-urls',
  transform(code, id) {
    // '\0' marks the bundler's own modules (its runtime asks for import.meta.url to create require()).
    if (id.startsWith('\0') || !code.includes('import.meta')) return null;
    const file = compiledFile(id);
    if (!file)
      throw new Error(
        `bundle-engine: ${id} reads import.meta, which would name the bundle, not its own file; leave it out of the bundle (external)`,
      );
    const other = /import\.meta\.(?!url\b)\w+/.exec(code);
    if (other)
      throw new Error(
        `bundle-engine: ${path.relative(repo, id)} uses ${other[0]}; only import.meta.url is mapped to tsc's output (scripts/bundle-engine.mjs)`,
      );
    const url = JSON.stringify(path.relative(outDir, file).split(path.sep).join('/'));
    return { code: code.replaceAll('import.meta.url', `new URL(${url}, import.meta.url).href`), map: null };
  },
};

const started = performance.now();
await build({
  input: { cli: path.join(repo, 'electron/cli-main.ts') },
  platform: 'node',
  plugins: [keepModuleUrls],
  transform: { target: 'node20' },
  output: {
    dir: outDir,
    format: 'esm',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
    // V8 keeps the source in memory as long as the code lives: ASCII makes it one byte a character (the
    // French catalogs would make all of it two), and without comments it is a third smaller. Not
    // minified: stack traces keep their names and lines.
    charset: 'ascii',
    comments: false,
  },
  logLevel: 'warn',
});
console.log(`bundle-engine: dist/bundle/cli.js in ${Math.round(performance.now() - started)} ms`);
