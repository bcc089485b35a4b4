// `virtdesk lab create|delete` as a script runs them: the built CLI as a child process with no VirtDesk
// running (the command starts the engine for its duration), real qemu-img; --json, text and exit statuses.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VmSummary } from '../../shared/api.js';
import { CLI, cliEnv, runCli } from '../engine/store/test-support/headless-cli.js';
import { kernelVm, requireGuest, tempDirs } from '../engine/test-support/guest.js';

const dirs = tempDirs();
const env = cliEnv(dirs);
const cli = (...args: string[]) => runCli(env, ...args);

beforeAll(() => {
  requireGuest();
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: build it with "npx tsc -b" (npm test does).`);
});
afterAll(() => dirs.cleanup());

describe('virtdesk lab', () => {
  it('creates a lab of linked clones and deletes it, the source staying', () => {
    const file = path.join(dirs.dataDir, 'src.json');
    fs.writeFileSync(file, JSON.stringify(kernelVm('src', { storage: { kind: 'new', sizeGiB: 0.01, format: 'qcow2' } })));
    expect(cli('create', '--from', file).code).toBe(0);

    const made = cli('--json', 'lab', 'create', 'src', 'tp', '--count', '2', '--keep-nat');
    expect(made.code, made.err).toBe(0);
    const vms = JSON.parse(made.out) as VmSummary[];
    expect(vms.map((v) => [v.name, v.config!.lab, v.config!.nics.map((n) => n.network.mode)])).toEqual([
      ['tp-1', 'tp', ['user', 'private']],
      ['tp-2', 'tp', ['user', 'private']],
    ]);

    const clash = cli('lab', 'create', 'src', 'tp');
    expect(clash.code).toBe(4);
    expect(clash.err).toMatch(/A lab named tp exists already/);
    const bad = cli('lab', 'create', 'src', 'other', '--count', '40');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/A lab has 2 to 16 VMs/);
    expect(cli('lab', 'create', 'nosuchvm', 'x').code).toBe(3);

    const gone = cli('lab', 'delete', 'tp');
    expect(gone.code, gone.err).toBe(0);
    expect(gone.out).toBe('Deleted the lab tp: tp-1, tp-2\n');
    expect(cli('lab', 'delete', 'tp').code).toBe(3);
    const left = JSON.parse(cli('--json', 'list').out) as VmSummary[];
    expect(left.map((v) => v.name)).toEqual(['src']);
  }, 240_000);
});
