// The command line speaks the language of its environment, as gettext programs do: French under
// LANG=fr_FR.UTF-8, English under LANG=C. Runs the built CLI (dist/electron/cli.js, made by `npx tsc -b`;
// npm test builds first) as a child process with its own temporary folders; no QEMU starts.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI } from './engine/store/test-support/headless-cli.js';

const base = fs.mkdtempSync(path.join(os.tmpdir(), 'vd-cli-'));
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

function cli(lang: string, ...args: string[]) {
  // Only LANG decides: the other locale variables of whoever runs the tests are left out.
  const { LANGUAGE: _l, LC_ALL: _a, LC_MESSAGES: _m, ...env } = process.env;
  const run = spawnSync(process.execPath, [CLI, ...args], { env: { ...env, LANG: lang }, encoding: 'utf8', timeout: 60_000 });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

describe('the command line', () => {
  it('shows its help in French under LANG=fr_FR.UTF-8 and in English under LANG=C', () => {
    const fr = cli('fr_FR.UTF-8', '--help');
    expect(fr.code).toBe(0);
    expect(fr.out).toMatch(/^Utilisation\u00a0: virtdesk --headless \[--host 127\.0\.0\.1\]/);
    expect(fr.out).toContain('Code de sortie\u00a0: 0 KVM, 1 émulation seulement');
    const en = cli('C', '--help');
    expect(en.code).toBe(0);
    expect(en.out).toMatch(/^Usage: virtdesk --headless/);
    expect(en.out).toContain('Exit status: 0 KVM, 1 emulation only, 2 cannot run VMs.');
  });

  it('refuses a bad option value in the language of LANG', () => {
    const fr = cli('fr_FR.UTF-8', '--headless', '--port', '70000');
    expect(fr.code).toBe(2);
    expect(fr.err.trim()).toBe('virtdesk: --port doit être un nombre de 0 à 65535, pas «\u00a070000\u00a0».');
    expect(cli('C', '--headless', '--port', '70000').err.trim()).toBe('virtdesk: --port must be a number from 0 to 65535, not "70000".');
  });

  it("tells why the engine refuses to start (an ApiError) in the reader's language", () => {
    // A runtime folder under a folder anyone may write to: the engine refuses it before it starts.
    const open = path.join(base, 'open');
    fs.mkdirSync(open);
    fs.chmodSync(open, 0o777);
    const args = ['--headless', '--port', '0', '--data-dir', path.join(base, 'data'), '--runtime-dir', path.join(open, 'run')];
    const fr = cli('fr_FR.UTF-8', ...args);
    expect(fr.code).toBe(1);
    expect(fr.err).toContain(
      `virtdesk: VirtDesk n’utilisera pas le dossier d’exécution ${path.join(open, 'run')}\u00a0: le dossier qui le contient`,
    );
    expect(fr.err).toContain('a le mode 0777');
    const en = cli('C', ...args);
    expect(en.code).toBe(1);
    expect(en.err).toContain(`virtdesk: VirtDesk will not use the runtime folder ${path.join(open, 'run')}: the folder above it`);
  });
});
