// Issue R2 1/7: the API as a careless user or a hostile page would use it, against the real server on
// loopback (real WebSocket, real qemu-img, the real test guest's files). For every bad input: an error
// that names the field, the cause and the fix; the data folder byte-for-byte unchanged; the server still
// answering. Inputs come from the contract (every field of every method bent) and by hand (files,
// ports, host limits, extra QEMU arguments). Transport-level inputs are in hostile-transport.int.test.ts.
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VmConfig, VmSummary } from '../../shared/model/index.js';
import { createEngine, type Engine } from './create-engine.js';
import { GUEST_DIR, GUEST_ISO, requireGuest, tempDirs } from '../engine/test-support/guest.js';
import type { RpcReply } from './test-support/api-client.js';
import { mutations } from './test-support/api-mutations.js';
import { snapshotTree } from './test-support/data-snapshot.js';
import { ARG_CASES, FILE_CASES, HOST_CASES, STATE_CASES, type ApiCase, type World } from './test-support/hostile-api-cases.js';
import { RpcSession } from './test-support/rpc-session.js';

const dirs = tempDirs();
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'virtdesk-hostile-'));
let engine: Engine;
let rpc: RpcSession;
let world: World;
let before: Record<string, string>;
const tally = { tried: 0, clear: 0, crashes: 0 };

/** What makes an error clear: it names the field, and says what to do. */
const FIX =
  /\b(give|choose|use|remove|send|pick|fill|shorten|check|start|add|set|delete|untick|install|rename|try|wait|restore|discard|shut|confirm|fix|copy|clone|make|tick|open|list|leave|keep|write|look)\b/i;

function assertClear(reply: RpcReply, field: string | RegExp | null, message?: RegExp, code?: string): void {
  tally.tried++;
  expect(reply.error, `expected an error, got ${JSON.stringify(reply.result)?.slice(0, 200)}`).toBeDefined();
  const { message: text, code: got, details } = reply.error!;
  if (code) expect(got).toBe(code);
  expect(text.length).toBeGreaterThan(15);
  expect(text).toMatch(FIX);
  if (message) expect(text).toMatch(message);
  if (field !== null) {
    const named = (details as { field?: string } | undefined)?.field ?? '';
    if (typeof field === 'string') {
      // The first problem's path, or the field itself for a problem inside it (a union, a list); for a
      // bad argument as a whole, whichever field it lacks first.
      const related = named === field || named.startsWith(`${field}.`) || (named !== '' && field.startsWith(`${named}.`)) || field === '';
      expect(related, `field "${named}" for "${field}": ${text}`).toBe(true);
    } else {
      expect(named).toMatch(field);
    }
  }
  tally.clear++;
}

beforeAll(async () => {
  requireGuest();
  const rendererDir = path.join(scratch, 'renderer');
  fs.mkdirSync(rendererDir);
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>VirtDesk</title>');
  engine = await createEngine({ paths: dirs, rendererDir, port: 0 });
  const url = new URL(engine.server.url);
  rpc = await RpcSession.open(`ws://${url.host}/api?token=${url.searchParams.get('token')}`);
  const kernel = path.join(GUEST_DIR, 'vmlinuz');
  const initrd = path.join(GUEST_DIR, 'initrd.img');
  const source = { kind: 'kernel', kernel, initrd, append: 'console=ttyS0' };
  const base = { memoryMiB: 128, cpus: 1, accel: 'tcg', display: 'none', source };
  const alpha = await rpc.ok<VmSummary>('create', {
    ...base,
    name: 'alpha',
    network: { mode: 'user' },
    storage: { kind: 'new', sizeGiB: 0.01, format: 'qcow2' },
  });
  const beta = await rpc.ok<VmSummary>('create', { ...base, name: 'beta', network: { mode: 'none' }, storage: { kind: 'none' } });
  const alphaDisk = path.join(dirs.dataDir, 'vms', alpha.id, 'disk0.qcow2');

  const fifo = path.join(scratch, 'fifo');
  execFileSync('mkfifo', [fifo]);
  const folder = path.join(scratch, 'folder');
  fs.mkdirSync(folder);
  const textFile = path.join(scratch, 'notes.txt');
  fs.writeFileSync(textFile, 'not a disk\n');
  const img = (...args: string[]) => execFileSync('qemu-img', args, { stdio: 'pipe' });
  const evilBacking = path.join(scratch, 'evil.qcow2');
  img('create', '-q', '-f', 'qcow2', '-u', '-b', '/etc/passwd', '-F', 'raw', evilBacking, '1M');
  const backedByAlpha = path.join(scratch, 'on-alpha.qcow2');
  img('create', '-q', '-f', 'qcow2', '-u', '-b', alphaDisk, '-F', 'qcow2', backedByAlpha, '1M');
  const linkToAlphaDisk = path.join(scratch, 'innocent.qcow2');
  fs.symlinkSync(alphaDisk, linkToAlphaDisk);
  const busy = net.createServer();
  await new Promise<void>((r) => busy.listen(0, '127.0.0.1', r));
  world = {
    dataDir: dirs.dataDir,
    runtimeDir: dirs.runtimeDir,
    alpha: alpha.config!,
    beta: beta.config!,
    kernel,
    initrd,
    iso: GUEST_ISO,
    fifo,
    folder,
    evilBacking,
    backedByAlpha,
    linkToAlphaDisk,
    textFile,
    busyPort: (busy.address() as net.AddressInfo).port,
    serverPort: Number(url.port),
  };
  afterAllClose.push(() => busy.close());
  before = snapshotTree(dirs.dataDir);
});
const afterAllClose: Array<() => void> = [];

afterAll(async () => {
  console.log(`hostile API inputs: tried ${tally.tried} / clear errors ${tally.clear} / crashes ${tally.crashes}`);
  rpc?.close();
  for (const c of afterAllClose) c();
  await engine?.close();
  dirs.cleanup();
  fs.rmSync(scratch, { recursive: true, force: true });
});

/** After a batch: nothing written, and a new connection still gets the list. */
async function stillIntact(): Promise<void> {
  expect(snapshotTree(dirs.dataDir)).toEqual(before);
  expect(rpc.open).toBe(true);
  expect((await rpc.ok<VmSummary[]>('list', {})).map((v) => v.name).sort()).toEqual(['alpha', 'beta']);
}

describe('hostile API inputs', () => {
  it('every field of every method, bent: refused, named, nothing written', async () => {
    const w = () => world;
    const byId = { id: '' };
    const samples = () => {
      const id = w().beta.id;
      byId.id = id;
      const s = {
        get: { id },
        update: { id, patch: { memoryMiB: 256, name: 'beta', kernel: { kernel: w().kernel, initrd: w().initrd, append: 'x' } } },
        addDisk: { id, sizeGiB: 1, format: 'qcow2', bus: 'virtio' },
        start: { id, disposable: false },
        shutdown: { id, timeoutSec: 10 },
        reboot: { id, timeoutSec: 10 },
        cloneVm: { id, name: 'copy', mode: 'full' },
        listDisks: { vmId: id },
        resizeDisk: { id, index: 0, sizeBytes: 1048576, shrink: false },
        convertDisk: { id, index: 0, format: 'raw', compress: false, use: false },
        checkDisk: { id, index: 0 },
        createSnapshot: { id, name: 'snap', description: 'd' },
        revertSnapshot: { id, name: 'snap' },
        remove: { id, deleteFiles: ['/x'], forceOff: false },
        openConsole: { id, stream: 'serial0' },
        sendKeys: { id, keys: ['ctrl', 'alt'] },
        applyRemedy: { id, remedy: 'use-tcg' },
        updateSettings: { kvmWatchdogSec: 30, statsIntervalSec: 2, scrollbackKiB: 2048 },
        detectOs: { isoPath: '/x.iso' },
        inspectImage: { path: '/x.img' },
        cancelTask: { taskId: crypto.randomUUID() },
        previewCreate: {
          name: 'n',
          memoryMiB: 128,
          cpus: 1,
          accel: 'tcg',
          display: 'none',
          osId: 'debian12',
          firmware: 'bios',
          machine: 'pc',
          cpuModel: 'max',
          diskBus: 'virtio',
          source: { kind: 'kernel', kernel: '/k', initrd: '/i', append: 'a' },
          storage: { kind: 'new', sizeGiB: 1, format: 'qcow2' },
          network: { mode: 'user', forwards: [{ proto: 'tcp', hostPort: 20022, guestPort: 22 }], model: 'e1000', mac: '52:54:00:00:00:09' },
        },
      };
      return s;
    };
    const cases = mutations(samples());
    expect(cases.length).toBeGreaterThan(300);
    const failures: string[] = [];
    for (const c of cases) {
      const reply = await rpc.call(c.method, c.arg);
      try {
        assertClear(reply, c.path, undefined, 'invalid');
      } catch (err) {
        failures.push(
          `${c.method} with ${c.label}: ${(err as Error).message.split('\n')[0]}\n    reply: ${JSON.stringify(reply.error ?? reply.result).slice(0, 300)}`,
        );
      }
    }
    expect(failures, failures.join('\n')).toEqual([]);
    await stillIntact();
  });

  it('unknown methods and malformed requests are refused by name', async () => {
    for (const method of [
      'nope',
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
      '',
      'LIST',
      'list ',
      42,
      null,
      ['list'],
      { m: 1 },
    ]) {
      assertClear(await rpc.call(method, {}), 'method', /unknown method/, 'invalid');
    }
    for (const arg of [null, 42, 'text', [], true]) assertClear(await rpc.call('list', arg), '', /./, 'invalid');
    await stillIntact();
  });

  const handWritten: ApiCase[] = [...FILE_CASES, ...HOST_CASES, ...ARG_CASES, ...STATE_CASES];
  it(`${handWritten.length} hand-written cases: whose file, what kind, this host, extra arguments`, async () => {
    const failures: string[] = [];
    for (const c of handWritten) {
      const reply = await rpc.call(c.method, c.arg(world));
      try {
        assertClear(reply, c.field, c.message, c.code);
      } catch (err) {
        failures.push(
          `${c.name}: ${(err as Error).message.split('\n')[0]}\n    reply: ${JSON.stringify(reply.error ?? reply.result).slice(0, 300)}`,
        );
      }
    }
    expect(failures, failures.join('\n')).toEqual([]);
    await stillIntact();
  });

  it('unknown VM ids are "not found" and leave nothing behind', async () => {
    const known = () => (engine.service as unknown as { ctx: { registry: { all(): unknown[] } } }).ctx.registry.all().length;
    const count = known();
    for (let i = 0; i < 500; i++) {
      const id = crypto.randomUUID();
      const method = ['sendKeys', 'screenshot', 'get', 'start', 'openConsole', 'update'][i % 6]!;
      const arg = { sendKeys: { id, keys: ['a'] }, openConsole: { id, stream: 'serial0' }, update: { id, patch: { memoryMiB: 64 } } }[
        method as 'update'
      ] ?? { id };
      const reply = await rpc.call(method, arg);
      tally.tried++;
      expect(reply.error?.code, `${method}: ${JSON.stringify(reply)}`).toBe('not-found');
      expect(reply.error?.message).toMatch(/No VM has the id|no VM/i);
      tally.clear++;
    }
    expect(known()).toBe(count);
    await stillIntact();
  });

  it('the engine is still the same process and answers', async () => {
    expect(engine.server.url).toBeTruthy();
    await stillIntact();
  });
});

export type { VmConfig };
