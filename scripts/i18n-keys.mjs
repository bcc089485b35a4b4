#!/usr/bin/env node
// The extraction script: every catalog key the code uses, against the English catalogs.
//   node scripts/i18n-keys.mjs            missing and unused keys; exit 1 when a used key is missing
//   node scripts/i18n-keys.mjs --list     every key the code uses, one per line (ns:key)
// It reads the sources with TypeScript's parser: t('key') and i18n.t('ns:key') (the namespace of a bare
// key is the first one its file gives useTranslation), says('ns:key'), and <Trans i18nKey="...">. A key
// built at run time (t(`state.${s}`)) counts as using every key under its fixed prefix. tsc already
// refuses most unknown keys; this also finds the keys nothing uses any more, and runs in `npm run lint`.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const root = path.resolve(import.meta.dirname, '..');
const catalogDir = path.join(root, 'shared/i18n/catalogs');
const SOURCE_DIRS = ['renderer', 'electron', 'shared'];
const SKIP = /(\.test\.tsx?|\.d\.ts)$|[/\\](test-support|catalogs)[/\\]/;

/** The dotted keys of `export default { ... }` in a catalog file, plural suffixes folded. */
function catalogKeys(file) {
  const src = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const keys = new Set();
  const walk = (obj, prefix) => {
    for (const p of obj.properties) {
      if (!ts.isPropertyAssignment(p)) continue;
      const name = p.name.getText(src).replace(/^['"]|['"]$/g, '');
      let init = p.initializer;
      while (ts.isAsExpression(init) || ts.isSatisfiesExpression(init)) init = init.expression;
      if (ts.isObjectLiteralExpression(init)) walk(init, `${prefix}${name}.`);
      else keys.add(`${prefix}${name.replace(/_(zero|one|two|few|many|other)$/, '')}`);
    }
  };
  ts.forEachChild(src, (node) => {
    if (!ts.isExportAssignment(node)) return;
    let e = node.expression;
    while (ts.isAsExpression(e) || ts.isSatisfiesExpression(e)) e = e.expression;
    if (ts.isObjectLiteralExpression(e)) walk(e, '');
  });
  return keys;
}

function sourceFiles(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && entry.name !== 'golden') out.push(...sourceFiles(full));
    } else if (/\.(ts|tsx|cts)$/.test(entry.name) && !SKIP.test(full)) out.push(full);
  }
  return out;
}

/** Literal text of a key argument; a template's fixed head followed by '*' for a run-time key. */
function keyText(arg) {
  if (!arg) return null;
  if (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg)) return arg.text;
  if (ts.isTemplateExpression(arg)) return `${arg.head.text}*`;
  return null;
}

/** ['ns:key' or 'ns:prefix*', where] for every key use in one file. */
function usesIn(file) {
  const src = ts.createSourceFile(
    file,
    fs.readFileSync(file, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  let fileNs = null;
  const raw = [];
  const literals = [];
  const visit = (node) => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression.getText(src);
      const [first] = node.arguments;
      if (callee === 'useTranslation' && first) {
        const ns = ts.isArrayLiteralExpression(first) ? first.elements[0] : first;
        if (ns && ts.isStringLiteral(ns)) fileNs ??= ns.text;
      } else if (callee === 't' || callee.endsWith('.t') || callee === 'says') {
        const key = keyText(first);
        if (key !== null) raw.push([key, node]);
      }
    } else if (
      ts.isJsxAttribute(node) &&
      node.name.getText(src) === 'i18nKey' &&
      node.initializer &&
      ts.isStringLiteral(node.initializer)
    ) {
      raw.push([node.initializer.text, node]);
    } else if (ts.isStringLiteral(node) && /^[\w.:]+$/.test(node.text) && node.text.includes('.')) {
      literals.push(node.text); // a key kept in a table ({ running: 'state.running' }) and passed to t() later
    }
    ts.forEachChild(node, visit);
  };
  visit(src);
  // A helper file that is handed its `t` (no useTranslation of its own): the namespace that has the key.
  const qualify = (key) => {
    if (key.includes(':')) return key;
    if (fileNs) return `${fileNs}:${key}`;
    const owner = namespaces.find(
      (ns) => defined.has(`${ns}:${key}`) || [...defined].some((d) => key.endsWith('*') && d.startsWith(`${ns}:${key.slice(0, -1)}`)),
    );
    return `${owner ?? 'common'}:${key}`;
  };
  for (const text of literals) if (defined.has(qualify(text))) tableKeys.add(qualify(text));
  return raw.map(([key, node]) => [
    qualify(key),
    `${path.relative(root, file)}:${src.getLineAndCharacterOfPosition(node.getStart(src)).line + 1}`,
  ]);
}

const defined = new Set();
const namespaces = [];
for (const file of fs.readdirSync(path.join(catalogDir, 'en'))) {
  // files.policy.ts is a part of namespace files (split only to keep each file short).
  const ns = file.replace(/\.ts$/, '').split('.')[0];
  if (!namespaces.includes(ns)) namespaces.push(ns);
  for (const key of catalogKeys(path.join(catalogDir, 'en', file))) defined.add(`${ns}:${key}`);
}

const tableKeys = new Set();
const uses = SOURCE_DIRS.flatMap((d) => sourceFiles(path.join(root, d))).flatMap(usesIn);
if (process.argv.includes('--list')) {
  for (const key of [...new Set(uses.map(([k]) => k))].sort()) console.log(key);
  process.exit(0);
}

const prefixes = uses.filter(([k]) => k.endsWith('*')).map(([k]) => k.slice(0, -1));
const missing = uses.filter(([k]) => !k.endsWith('*') && !defined.has(k));
const usedExactly = new Set([...uses.map(([k]) => k), ...tableKeys]);
const unused = [...defined].filter((k) => !usedExactly.has(k) && !prefixes.some((p) => k.startsWith(p)));

for (const [key, where] of missing)
  console.error(`${where}: "${key}" is not in the English catalog: add it to shared/i18n/catalogs/en (and fr).`);
if (unused.length) {
  console.warn(`${unused.length} catalog key(s) no code uses (remove them, or use them):`);
  for (const key of unused) console.warn(`  ${key}`);
}
console.log(`i18n: ${usedExactly.size} keys used, ${defined.size} defined, ${missing.length} missing, ${unused.length} unused.`);
process.exit(missing.length ? 1 : 0);
