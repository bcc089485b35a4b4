// `virtdesk COMMAND` as a person or a script runs it: the built CLI (dist/electron/cli.js; npm test
// builds first) as a child process, against the real engine and the real test guest under TCG. First
// with no VirtDesk running (each command starts the engine for its duration), then attached to a
// running headless VirtDesk through its engine lock: --json parsed, exit statuses, the serial console
// on a pseudo-terminal, and bash completing the VM names.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SnapshotList, VmSummary } from '../../shared/api.js';
import { engineLockFile } from '../engine/engine-lock.js';
import { CLI, cliEnv, killQemus, runCli, startHeadlessCli, type HeadlessCli } from '../engine/store/test-support/headless-cli.js';
import { GUEST_INITRD, GUEST_KERNEL, GUEST_PROMPT, kernelVm, requireGuest, tempDirs } from '../engine/test-support/guest.js';
import { RESTORED, runOnPty } from './test-support/pty.js';

const dirs = tempDirs();
const cacheDir = path.join(dirs.dataDir, 'cache');
const env = cliEnv(dirs, cacheDir);
let server: HeadlessCli | null = null;

const cli = (...args: string[]) => runCli(env, ...args);
/** A --json command that must succeed: its parsed output. */
function json<T>(...args: string[]): T {
  const run = cli('--json', ...args);
  expect(run.err, `virtdesk ${args.join(' ')}`).toBe('');
  expect(run.code, `virtdesk ${args.join(' ')}: ${run.out}`).toBe(0);
  return JSON.parse(run.out) as T;
}

beforeAll(() => {
  requireGuest();
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: build it with "npx tsc -b" (npm test does).`);
});
afterAll(async () => {
  if (server) {
    server.child.kill('SIGTERM');
    await server.exited;
  }
  killQemus(dirs.runtimeDir);
  dirs.cleanup();
});

describe('virtdesk with no VirtDesk running', () => {
  it('creates VMs from flags and from a JSON file, and lists them', () => {
    const k1 = json<VmSummary>(
      'create', '--name', 'k1', '--memory', '256', '--accel', 'tcg', '--display', 'none', '--no-disk',
      '--kernel', GUEST_KERNEL, '--initrd', GUEST_INITRD, '--append', 'console=ttyS0',
    ); // prettier-ignore
    expect(k1).toMatchObject({ name: 'k1', status: { state: 'stopped' }, config: { memoryMiB: 256, disks: [] } });
    const file = path.join(dirs.dataDir, 'disk1.json');
    fs.writeFileSync(file, JSON.stringify(kernelVm('disk1', { storage: { kind: 'new', sizeGiB: 1, format: 'qcow2' } })));
    const disk1 = json<VmSummary>('create', '--from', file);
    expect(disk1).toMatchObject({ name: 'disk1', config: { disks: [{ format: 'qcow2' }] } });
    expect(
      json<VmSummary[]>('list')
        .map((vm) => vm.name)
        .sort(),
    ).toEqual(['disk1', 'k1']);
    expect(json<VmSummary>('info', disk1.id).name).toBe('disk1');
    const text = cli('list');
    expect(text.out).toMatch(/^NAME +STATE +CPUS +MEMORY +ID\n/);
    expect(text.out).toMatch(/\nk1 +stopped +1 +256 MiB +[0-9a-f-]{36}\n/);
  });

  it('takes, lists and reverts a snapshot of a stopped VM', () => {
    const taken = json<SnapshotList>('snapshot', 'create', 'disk1', 'clean', '--description', 'fresh');
    expect(taken.snapshots).toEqual([expect.objectContaining({ name: 'clean', description: 'fresh', live: false })]);
    expect(json<SnapshotList>('snapshot', 'list', 'disk1').snapshots.map((s) => s.name)).toEqual(['clean']);
    expect(json<SnapshotList>('snapshot', 'revert', 'disk1', 'clean').snapshots.map((s) => s.name)).toEqual(['clean']);
    const missing = cli('snapshot', 'revert', 'disk1', 'nope');
    expect(missing.code).toBe(3);
  });

  it('exits 3 for a VM that does not exist and 2 for a bad command line, with JSON errors under --json', () => {
    const missing = cli('info', 'nosuch');
    expect(missing.code).toBe(3);
    expect(missing.err).toBe('virtdesk: No VM is named or has the id "nosuch". See the names with: virtdesk list\n');
    const asJson = cli('--json', 'start', 'nosuch');
    expect(asJson.code).toBe(3);
    expect(JSON.parse(asJson.out)).toMatchObject({ error: { code: 'not-found', key: 'cli:vm.notFound', exitStatus: 3 } });
    const usage = cli('start');
    expect(usage.code).toBe(2);
    expect(usage.err).toBe('virtdesk: "start" needs NAME: virtdesk start NAME.\n');
    expect(JSON.parse(cli('--json', 'list', '--bogus').out)).toMatchObject({ error: { code: 'invalid', exitStatus: 2 } });
    const refused = cli('create', '--name', 'tiny', '--memory', '1', '--no-disk', '--kernel', GUEST_KERNEL);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('--memory (memoryMiB): ');
    const fr = spawnSync(process.execPath, [CLI, 'info', 'nosuch'], { env: { ...env, LANG: 'fr_FR.UTF-8' }, encoding: 'utf8' });
    expect(fr.stderr).toBe(
      'virtdesk: Aucune VM ne s’appelle «\u00a0nosuch\u00a0» ni n’a cet identifiant. Les noms s’affichent avec\u00a0: virtdesk list\n',
    );
  });
});

describe('virtdesk attached to a running VirtDesk', () => {
  it('refuses to start a second engine when the lock’s holder does not answer', async () => {
    server = await startHeadlessCli({ ...dirs, cacheDir }, 'cli-test-token');
    // The server's own lock, made to name an address where nothing listens: its pid is alive, so the
    // command must not start an engine beside it, and names it instead.
    const lock = engineLockFile(dirs.runtimeDir);
    const real = fs.readFileSync(lock, 'utf8');
    fs.writeFileSync(lock, JSON.stringify({ ...JSON.parse(real), url: 'http://127.0.0.1:1' }));
    try {
      const refused = cli('list');
      expect(refused.code).toBe(1);
      expect(refused.err).toContain(`VirtDesk (pid ${server.child.pid}) holds ${lock} but does not answer at http://127.0.0.1:1`);
      expect(refused.err).toContain(`stop it with \`kill ${server.child.pid}\``);
    } finally {
      fs.writeFileSync(lock, real);
    }
  });

  it('starts a VM, refuses to start it twice (exit 4), and shows it running', () => {
    expect(json<VmSummary>('start', 'k1').status.state).toBe('running');
    const again = cli('start', 'k1');
    expect(again.code).toBe(4);
    expect(again.err).toMatch(/^virtdesk: Cannot start: the VM is running/);
    expect(json<VmSummary>('info', 'k1').status).toMatchObject({ state: 'running', accel: 'tcg' });
  });

  it('attaches the serial console to a terminal: the guest answers, Ctrl+] leaves with the terminal restored', async () => {
    const pty = runOnPty([process.execPath, CLI, 'console', 'k1'], env);
    await pty.waitFor('Press Ctrl+] to leave.', 60_000);
    // The guest may still be booting, and a new engine's relay has no scrollback: Enter until a prompt.
    for (let tries = 0; ; tries++) {
      const from = pty.output().length;
      pty.type('\r');
      try {
        await pty.waitFor(GUEST_PROMPT, 5_000, from);
        break;
      } catch (err) {
        if (tries > 30) throw err;
      }
    }
    const from = pty.output().length;
    pty.type('echo $((6*7))\r');
    await pty.waitFor('\n42', 30_000, from);
    pty.type('\x1d');
    expect(await pty.exited).toBe(0);
    expect(pty.output()).toContain('Left the console of k1.');
    expect(pty.output()).toContain(RESTORED);
  });

  it('completes VM names in bash from the running VirtDesk', () => {
    const bin = path.join(dirs.dataDir, 'bin');
    fs.mkdirSync(bin, { recursive: true });
    fs.writeFileSync(path.join(bin, 'virtdesk'), `#!/bin/sh\nexec "${process.execPath}" "${CLI}" "$@"\n`, { mode: 0o755 });
    const program =
      'source <(virtdesk completion bash); COMP_WORDS=(virtdesk console ""); COMP_CWORD=2; _virtdesk; printf "%s\\n" "${COMPREPLY[@]}"';
    const run = spawnSync('bash', ['--norc', '-c', program], { env: { ...env, PATH: `${bin}:${env.PATH}` }, encoding: 'utf8' });
    expect(run.stdout.split('\n').filter(Boolean).sort()).toEqual(['disk1', 'k1']);
  });

  it('forces the VM off', () => {
    expect(json<VmSummary>('force-off', 'k1').status.state).toBe('stopped');
  });
});
