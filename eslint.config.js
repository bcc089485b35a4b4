// The house rules a machine can check: type-aware promise rules (a dropped promise is a lost error),
// React's hook rules, and the layers of docs/ARCHITECTURE.md as import rules, so a wrong import fails
// `npm run lint` (and so `npm test`) instead of waiting for a reviewer.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import boundaries from 'eslint-plugin-boundaries';
import i18next from 'eslint-plugin-i18next';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The layers of the house, by folder. The files at electron/'s top (the CLI entry point) and the
// command line's modules (electron/cli/) are "cli": a file takes the deepest folder that matches, so
// electron/engine/x.ts is "engine", not "cli".
const layers = [
  { type: 'shared', pattern: 'shared', partialMatch: false },
  { type: 'engine', pattern: 'electron/engine', partialMatch: false },
  { type: 'server', pattern: 'electron/server', partialMatch: false },
  { type: 'main', pattern: 'electron/main', partialMatch: false },
  { type: 'preload', pattern: 'electron/preload', partialMatch: false },
  { type: 'cli', pattern: 'electron/cli', partialMatch: false },
  { type: 'cli', pattern: 'electron', partialMatch: false },
  { type: 'renderer', pattern: 'renderer', partialMatch: false },
  { type: 'e2e', pattern: 'e2e', partialMatch: false },
];
const el = (...type) => ({ element: { type } });
const external = (source = '**') => ({ module: { origin: 'external', source } });
const core = { module: { origin: 'core' } };
const tests = { file: { categories: ['test', 'test-support'] } };

// Who may import what (default: nothing). Later entries win over earlier ones, so the few "never"s
// come last.
const layerRules = [
  { from: el('shared'), allow: { to: [el('shared'), external('zod'), external('i18next')] } },
  { from: el('engine'), allow: { to: [el('engine', 'shared'), core, external()] } },
  { from: el('server'), allow: { to: [el('server', 'engine', 'shared'), core, external()] } },
  { from: el('cli'), allow: { to: [el('cli', 'server', 'engine', 'shared'), core, external()] } },
  { from: el('main'), allow: { to: [el('main', 'server', 'engine', 'shared'), core, external()] } },
  { from: el('preload'), allow: [{ to: external('electron') }, { to: el('shared'), dependency: { kind: 'type' } }] },
  // The renderer runs in a browser: packages and shared/, never Node or the electron/ side.
  { from: el('renderer'), allow: { to: [el('renderer', 'shared'), external()] } },
  // Tests may import what they test (the engine's integration tests start it through the server).
  {
    from: [{ ...el('engine', 'server', 'cli', 'main'), ...tests }, el('e2e')],
    allow: { to: [el('engine', 'server', 'cli', 'shared', 'e2e'), core, external()] },
  },
  { from: { ...el('renderer'), ...tests }, allow: { to: [el('renderer', 'shared'), core, external()] } },
  { from: { ...el('shared'), ...tests }, allow: { to: [el('shared'), external()] } },

  {
    from: el('shared', 'engine', 'server', 'cli', 'renderer'),
    disallow: { to: external('electron') },
    message: 'Only electron/main and electron/preload may import electron: the rest also runs headless.',
  },
  {
    from: { file: { isUnknown: true } }, // no file category: shipped code
    disallow: { to: tests },
    message: 'Shipped code never imports tests or test support.',
  },
];

// For @typescript-eslint/no-restricted-imports in the preload: the run-time twin of its layer rule.
const preloadImports = {
  patterns: [
    { regex: '^(?!electron$)', allowTypeImports: true, message: 'A sandboxed preload can load nothing but electron: import types only.' },
  ],
};

const root = import.meta.dirname;
// Two programs for the type-aware rules, each reading all of its side from source (the build's
// tsconfigs would see shared/ through dist/, which `npm test` has not built yet when it lints).
const projects = ['./tsconfig.eslint.json', './tsconfig.eslint-renderer.json'];
const resolver = createTypeScriptImportResolver({ project: projects, alwaysTryTypes: true, noWarnOnMultipleProjects: true });

export default defineConfig(
  globalIgnores(['dist/', 'release/', 'test-results/', 'playwright-report/', '.cache/', 'e2e/artifacts/']),

  js.configs.recommended,
  {
    files: ['**/*.{ts,tsx,cts}'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { project: projects, tsconfigRootDir: root } },
    rules: {
      // A promise nobody awaits loses its error. `void promise` (with a comment saying why) is how a
      // deliberate fire-and-forget is written; an async callback where a void one is expected is
      // no-misused-promises' to catch.
      '@typescript-eslint/no-floating-promises': ['error', { ignoreVoid: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // An API method stays `async` without an `await` so that what it throws reaches the caller as a
      // rejection, like every other method of the interface it implements.
      '@typescript-eslint/require-await': 'off',
      // The control characters in our regular expressions are the point: they refuse them in names,
      // paths and arguments, and find terminal escapes.
      'no-control-regex': 'off',
    },
  },
  {
    // Tests read JSON they wrote and use vitest's matchers (expect.any() and the like are typed `any`);
    // an `any` there fails an assertion instead of reaching a user.
    files: ['**/*.test.{ts,tsx}', '**/test-support/**', 'e2e/**'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // Plain JavaScript (the scripts, this file): its types are mostly inferred `any`, so of the
    // type-aware rules only the promise ones, which still see every async function's promise.
    files: ['scripts/**/*.mjs', '*.js'],
    languageOptions: {
      globals: globals.node,
      parser: tseslint.parser,
      parserOptions: { project: projects, tsconfigRootDir: root },
    },
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {
      '@typescript-eslint/no-floating-promises': ['error', { ignoreVoid: true }],
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      'no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },

  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      // Props and callbacks as properties, not methods: a method signature invites passing
      // `props.onChange` unbound (unbound-method), a property says it is a plain function value.
      '@typescript-eslint/method-signature-style': ['error', 'property'],
    },
  },
  {
    // Every word a person reads comes from the catalogs (shared/i18n): text between tags and the
    // attributes that are read out or shown. Other attributes (variant, size, side...) are the kit's.
    files: ['renderer/**/*.tsx'],
    ignores: ['**/*.test.tsx'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          'jsx-attributes': {
            include: ['title', 'aria-label', 'aria-description', 'aria-valuetext', 'placeholder', 'alt', 'label', 'description'],
          },
          words: {
            exclude: [
              '[0-9!-/:-@[-`{-~\\s…·×–—→←↑↓%]+',
              '[A-Z_-]+',
              'VirtDesk',
              'QEMU',
              'KVM',
              'TCG',
              'VNC',
              'QMP',
              'MAC',
              'ISO',
              'UEFI',
              'BIOS',
              'CPU',
            ],
          },
        },
      ],
    },
  },

  {
    // The layers, for the code that has them (scripts and the root config files drive everything).
    files: ['{shared,electron,renderer,e2e}/**/*.{ts,tsx,cts}'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': layers,
      'boundaries/files': [
        { category: 'test', pattern: ['**/*.test.ts', '**/*.test.tsx', 'e2e/**'] },
        { category: 'test-support', pattern: '**/test-support/**' },
      ],
      // require() and import() count as much as import: the old regex test missed them.
      'boundaries/dependency-nodes': ['import', 'export', 'dynamic-import', 'require'],
      'boundaries/root-path': root,
      'import/resolver': { typescript: { project: projects, alwaysTryTypes: true, noWarnOnMultipleProjects: true } },
    },
    rules: {
      'boundaries/dependencies': ['error', { default: 'disallow', checkAllOrigins: true, checkInternals: true, policies: layerRules }],
    },
  },
  {
    files: ['**/*.{ts,tsx,cts,mjs,js}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [resolver],
      'import-x/extensions': ['.ts', '.tsx', '.cts', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx', '.cts'] },
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    // Sandboxed preloads cannot load our modules: only types may come from shared/.
    files: ['electron/preload/**'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', preloadImports] },
  },

  // Layout is Prettier's job (npm run format); ESLint keeps to what code means.
  prettier,
);
