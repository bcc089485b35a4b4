// The walking skeleton end to end, with real qemu-img and qemu-system-x86_64 (TCG) booting the real
// test guest from its GRUB ISO, and real WebSockets to the console relay.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import type { CreateVmInput } from '../../shared/api.js';
import { createEngine, type Engine } from '../server/create-engine.js';
import { imageInfo } from './img/qemu-img.js';
import { ConsoleReader } from './test-support/console-reader.js';
import { GUEST_ISO, GUEST_MARKER, GUEST_PROMPT, requireGuest, tempDirs } from './test-support/guest.js';
import { forceOffAfterFailure } from './test-support/stop-vms.js';
import { waitForState } from './test-support/wait-state.js';
import { wsText } from './ws-text.js';
import { consoleUrl } from '../../shared/console-url.js';

const dirs = tempDirs();
let engine: Engine;
forceOffAfterFailure(() => engine); // a failed test's guest must not run on beside the next ones
const startEngine = () => createEngine({ paths: dirs, rendererDir: null });
const vmInput = (name: string): CreateVmInput => ({
  name,
  source: { kind: 'iso', isoPath: GUEST_ISO },
  memoryMiB: 256,
  cpus: 1,
  storage: { kind: 'new', sizeGiB: 1, format: 'qcow2' },
  network: { mode: 'user' },
  accel: 'tcg', // nested KVM hangs Linux guests on the CI machines (ENVIRONMENT.md)
});

async function console0(id: string): Promise<ConsoleReader> {
  return ConsoleReader.open(consoleUrl((await engine.api.openConsole({ id, stream: 'serial0' })).url, engine.server.wsBase));
}

beforeAll(async () => {
  requireGuest();
  engine = await startEngine();
});

afterAll(async () => {
  // Leave no QEMU behind, whatever failed.
  for (const vm of await engine.api.list()) {
    if (['running', 'paused', 'starting', 'shutting-down'].includes(vm.status.state)) {
      await engine.api.forceOff({ id: vm.id }).catch(() => {});
    }
  }
  await engine.close();
  dirs.cleanup();
});

describe('a VM from create to shutdown', () => {
  let id: string;

  it('create makes a folder with vm.json and a qcow2 disk of the asked size', async () => {
    const vm = await engine.api.create(vmInput('guest one'));
    id = vm.id;
    expect(vm.status.state).toBe('stopped');
    const dir = path.join(dirs.dataDir, 'vms', id);
    const saved = JSON.parse(fs.readFileSync(path.join(dir, 'vm.json'), 'utf8'));
    expect(saved).toMatchObject({
      schemaVersion: 5,
      cpuModel: null,
      name: 'guest one',
      memoryMiB: 256,
      osId: 'virtdesk-test',
      cdroms: [{ file: GUEST_ISO, bus: 'ide' }],
      boot: { order: ['cdrom', 'disk'], menu: false },
    });
    expect(saved.nics[0].mac).toMatch(/^52:54:00:/);
    const info = await imageInfo('qemu-img', path.join(dir, 'disk0.qcow2'));
    expect(info.format).toBe('qcow2');
    expect(info['virtual-size']).toBe(1024 ** 3);
  });

  it('start boots the ISO; the console shows GRUB, the guest marker and a shell that answers', async () => {
    const running = engine.api.start({ id });
    await running;
    const vm = await waitForState(engine.service, id, 'running');
    expect(vm.status.accel).toBe('tcg');
    const con = await console0(id);
    await con.waitFor('VirtDesk test guest'); // the GRUB menu entry
    con.type('\r'); // boot it now rather than after GRUB's timeout
    await con.waitFor(GUEST_MARKER, 60_000);
    await con.waitFor(GUEST_PROMPT);
    const from = con.text.length;
    con.type('echo hello-$((6*7))\r');
    await con.waitFor('hello-42', 10_000, from);
    con.close();
  });

  it('a second viewer gets the scrollback replayed, then live output', async () => {
    const con = await console0(id);
    await con.waitFor(GUEST_MARKER, 5_000); // printed long before this viewer connected
    const from = con.text.length;
    con.type('echo again-$((2+3))\r');
    await con.waitFor('again-5', 10_000, from);
    con.close();
  });

  it('a console token works once only, and a wrong one is refused with 401', async () => {
    const url = consoleUrl((await engine.api.openConsole({ id, stream: 'serial0' })).url, engine.server.wsBase);
    const first = await ConsoleReader.open(url);
    first.close();
    await expect(ConsoleReader.open(url)).rejects.toThrow('HTTP 401');
    await expect(ConsoleReader.open(url.replace(/token=.*/, 'token=guess'))).rejects.toThrow('HTTP 401');
  });

  it('shut down presses the ACPI power button and the guest powers off', async () => {
    const vm = await engine.api.shutdown({ id, timeoutSec: 30 });
    expect(vm.status.state).toBe('shutting-down');
    expect(vm.status.forceOffAt).toBeGreaterThan(Date.now());
    const stopped = await waitForState(engine.service, id, 'stopped', 20_000);
    expect(stopped.status.error).toBeUndefined();
  });
});

describe('force off and crashes', () => {
  it('force off ends a running VM at once', async () => {
    const { id } = await engine.api.create(vmInput('guest two'));
    await engine.api.start({ id });
    const vm = await engine.api.forceOff({ id });
    expect(vm.status.state).toBe('stopped');
  });

  it('force off during a start wins: the VM ends stopped and no QEMU is left', async () => {
    const { id } = await engine.api.create(vmInput('guest impatient'));
    const starting = engine.api.start({ id }).catch((e: Error) => e);
    // As soon as QEMU exists (pid known), before its QMP is up.
    const { status } = await vi.waitFor(
      async () => {
        const vm = await engine.api.get({ id });
        expect(vm.status).toMatchObject({ state: 'starting', pid: expect.any(Number) });
        return vm;
      },
      { timeout: 5_000, interval: 5 },
    );
    await engine.api.forceOff({ id });
    const outcome = await starting;
    if (outcome instanceof Error) expect(outcome.message).toMatch(/cancelled: the VM was forced off/);
    expect((await engine.api.get({ id })).status.state).toBe('stopped');
    expect(() => process.kill(status.pid!, 0)).toThrow(/ESRCH/); // gone
  });

  it('a QEMU killed with SIGKILL is reported as crashed, with the cause', async () => {
    const { id } = await engine.api.create(vmInput('guest three'));
    await engine.api.start({ id });
    const { status } = await engine.api.get({ id });
    process.kill(status.pid!, 'SIGKILL');
    const crashed = await waitForState(engine.service, id, 'crashed', 10_000);
    expect(crashed.status.error?.text).toMatch(/ended unexpectedly \(killed by SIGKILL\)/);
    // It can be started again after a crash.
    await engine.api.start({ id });
    await engine.api.forceOff({ id });
  });

  it('a QEMU that fails on its own shows crashed with the last lines of its stderr', async () => {
    const { id } = await engine.api.create(vmInput('guest four'));
    // A machine type this QEMU does not have, written by hand: VirtDesk's own checks pass it (they
    // hold only edits to this QEMU's list), QEMU refuses it.
    const file = path.join(dirs.dataDir, 'vms', id, 'vm.json');
    fs.writeFileSync(file, JSON.stringify({ ...JSON.parse(fs.readFileSync(file, 'utf8')), machine: 'nosuchmachine' }));
    await expect(engine.api.start({ id })).rejects.toThrow(/QEMU did not start \(exit code 1\)[\s\S]*machine/);
    const { status } = await engine.api.get({ id });
    expect(status.state).toBe('crashed');
    expect(status.log).toMatch(/unsupported machine type/);
  });
});

describe('VirtDesk restarts while a VM runs', () => {
  it('the VM keeps running, is re-attached, and its console still answers with its scrollback', async () => {
    const { id } = await engine.api.create(vmInput('survivor'));
    await engine.api.start({ id });
    let con = await console0(id);
    await con.waitFor('VirtDesk test guest');
    con.type('\r');
    await con.waitFor(GUEST_PROMPT, 60_000);
    const pid = (await engine.api.get({ id })).status.pid;

    await engine.close(); // VirtDesk quits
    await new Promise((r) => setTimeout(r, 300));
    expect(con.closed?.reason).toMatch(/closing/);
    process.kill(pid!, 0); // QEMU is still there

    engine = await startEngine();
    const vm = await engine.api.get({ id });
    expect(vm.status).toMatchObject({ state: 'running', pid, accel: 'tcg' });
    con = await console0(id);
    await con.waitFor(GUEST_MARKER, 5_000); // replayed from before the restart
    const from = con.text.length;
    con.type('echo back-$((40+2))\r');
    await con.waitFor('back-42', 10_000, from);
    con.close();
    await engine.api.forceOff({ id });
  });
});

describe('bad input gets a clear error and writes nothing', () => {
  const vmFolders = () => fs.readdirSync(path.join(dirs.dataDir, 'vms')).sort();

  it.each<[Partial<CreateVmInput>, RegExp]>([
    [{ name: '' }, /Give the VM a name/],
    [{ name: '../../etc' }, /start with a letter or digit/],
    [{ name: 'x'.repeat(200) }, /at most 64/],
    [{ memoryMiB: 0 }, /at least 32 MiB/],
    [{ memoryMiB: 10 ** 9 }, /This host has \d+ MiB/],
    [{ cpus: 0 }, /at least 1 CPU/],
    [{ storage: { kind: 'new', sizeGiB: 0, format: 'qcow2' } }, /above 0 GiB/],
    [{ storage: { kind: 'new', sizeGiB: 10 ** 7, format: 'qcow2' } }, /surely a typo/],
    [{ source: { kind: 'iso', isoPath: '/nonexistent/x.iso' } }, /does not exist: check the path/],
    [{ source: { kind: 'iso', isoPath: '/tmp' } }, /is a folder: pick the file itself/],
    [{ network: { mode: 'user', forwards: [{ proto: 'tcp', hostPort: 80, guestPort: 80 }] } }, /from 1024 up/],
    [{ network: { mode: 'user', mac: '00:11:22:33:44:55' } }, /52:54:00:ab:cd:ef/],
    [{ name: 'GUEST ONE' }, /exists already: choose another name/],
  ])('%j', async (patch, message) => {
    const before = vmFolders();
    await expect(engine.api.create({ ...vmInput('fine name'), ...patch })).rejects.toThrow(message);
    expect(vmFolders()).toEqual(before);
  });

  it('a corrupt vm.json shows as broken with the file and the fix, and the rest keeps working', async () => {
    const { id } = await engine.api.create(vmInput('to be corrupted'));
    const file = path.join(dirs.dataDir, 'vms', id, 'vm.json');
    fs.writeFileSync(file, '{"schemaVersion": 1, "name": ');
    const list = await engine.api.list();
    const broken = list.find((v) => v.id === id)!;
    expect(broken.status.state).toBe('broken');
    expect(broken.status.error?.text).toContain(file);
    expect(broken.status.error?.text).toMatch(/not valid JSON.*Fix the file by hand or delete/);
    await expect(engine.api.start({ id })).rejects.toThrow(/not valid JSON/);
    expect(fs.readFileSync(file, 'utf8')).toBe('{"schemaVersion": 1, "name": '); // untouched
    expect(list.filter((v) => v.status.state !== 'broken').length).toBeGreaterThan(0);
  });
});

describe('headless API over a real WebSocket', () => {
  it('refuses a wrong token and answers with the right one', async () => {
    // Folders of its own: the file's engine holds these (one engine per runtime folder, engine-lock.ts).
    const own = tempDirs();
    const server = await createEngine({ paths: own, rendererDir: path.join(own.dataDir, 'no-renderer'), token: 'right-token' });
    try {
      const base = server.server.wsBase;
      const status = await new Promise<number>((resolve) => {
        const ws = new WebSocket(`${base}/api?token=wrong`);
        ws.once('unexpected-response', (_q, res) => resolve(res.statusCode ?? 0));
        ws.once('open', () => resolve(101));
      });
      expect(status).toBe(401);
      const ws = new WebSocket(`${base}/api?token=right-token`);
      await new Promise((r) => ws.once('open', r));
      ws.send(JSON.stringify({ id: 1, method: 'list', arg: {} }));
      ws.send(JSON.stringify({ id: 2, method: 'rm -rf', arg: {} }));
      ws.send(JSON.stringify({ id: 3, method: 'start', arg: { id: 'not-a-uuid' } }));
      type Reply = { id?: number; result?: unknown; error?: unknown };
      const replies = new Map<number, Reply>();
      await new Promise<void>((resolve) =>
        ws.on('message', (d) => {
          const m = JSON.parse(wsText(d)) as Reply;
          if (m.id !== undefined) replies.set(m.id, m);
          if (replies.size === 3) resolve();
        }),
      );
      expect(Array.isArray(replies.get(1)?.result)).toBe(true);
      expect(replies.get(2)?.error).toMatchObject({ code: 'invalid', message: expect.stringMatching(/unknown method/) });
      expect(replies.get(3)?.error).toMatchObject({ code: 'invalid', message: expect.stringMatching(/Not a VM id/) });
      ws.close();
    } finally {
      await server.close();
      own.cleanup();
    }
  });
});
