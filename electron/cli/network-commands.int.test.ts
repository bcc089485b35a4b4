// `virtdesk network list|create|delete` as a script runs them: the built CLI (dist/electron/cli.js) as a
// child process, with no VirtDesk running (each command starts the engine for its duration). A VM made
// from a JSON file on a network shows as its member; deleting a network in use fails with status 4 and
// says which VM uses it.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NetworkList, PrivateNetwork } from '../../shared/model/index.js';
import { CLI, cliEnv, runCli, killQemus } from '../engine/store/test-support/headless-cli.js';
import { kernelVm, tempDirs } from '../engine/test-support/guest.js';

const dirs = tempDirs();
const env = cliEnv(dirs);

const cli = (...args: string[]) => runCli(env, ...args);

beforeAll(() => {
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: build it with "npx tsc -b" (npm test does).`);
});
afterAll(() => {
  killQemus(dirs.runtimeDir);
  dirs.cleanup();
});

describe('virtdesk network', () => {
  it('creates, lists with members, and deletes only what no VM uses', () => {
    expect(cli('network', 'list').out).toMatch(/No private networks\. Create one with `virtdesk network create NAME`/);

    const created = cli('--json', 'network', 'create', 'lab1');
    expect(created.code, created.err).toBe(0);
    const lab1 = JSON.parse(created.out) as PrivateNetwork;
    expect(lab1).toMatchObject({ name: 'lab1', registered: true, members: [] });

    const input = path.join(dirs.dataDir, 'web.json');
    fs.writeFileSync(input, JSON.stringify(kernelVm('web', { network: { mode: 'private', network: 'lab1' } })));
    expect(cli('create', '--from', input).code).toBe(0);

    const text = cli('network', 'list').out;
    const group = `${lab1.group.address}:${lab1.group.port}`;
    expect(text).toMatch(/^NETWORK +GROUP +KIND +MEMBERS$/m);
    expect(text).toMatch(
      new RegExp(`^lab1 +${group.replace(/\./g, '\\.')} +named +web \\(card 1, 52:54:00:[0-9a-f:]{8}, stopped\\)$`, 'm'),
    );
    const list = JSON.parse(cli('--json', 'network', 'list').out) as NetworkList;
    expect(list.networks[0]!.members.map((m) => m.vmName)).toEqual(['web']);

    const inUse = cli('network', 'delete', 'lab1');
    expect(inUse.code).toBe(4);
    expect(inUse.err).toMatch(/the network “lab1” is in use by web\. Move their network cards/);
    expect(cli('network', 'create', 'bad name').code).toBe(2);
    const unknown = cli('network', 'delete', 'nope');
    expect(unknown.code).toBe(3);
    expect(unknown.err).toMatch(/no network named “nope”/);

    expect(cli('network', 'create', 'spare').code).toBe(0);
    const deleted = cli('network', 'delete', 'spare');
    expect(deleted.out).toBe('Network spare deleted.\n');
    expect(cli('network', 'list').out).not.toMatch(/spare/);
  }, 240_000);
});
