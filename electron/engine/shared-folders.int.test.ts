// Issue 17 item 2, shared folders, against real QEMU (TCG), real virtiofsd and the real test guest: the
// guest mounts a read-write share over virtiofs, each side sees the files the other writes, and no
// virtiofsd outlives the VM - also when the engine that started it was killed with -9. A read-only
// share goes over 9p: the test guest's kernel has no 9p module, so only the device reaching the guest
// is checked there (virtio device id 9), and QEMU's readonly=on by the command line.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { consoleUrl } from '../../shared/console-url.js';
import type { VmSummary } from '../../shared/model/index.js';
import { VIRTIOFSD } from './argv/shared-folder-args.js';
import { runningVirtiofsds, startVirtiofsds } from './process/virtiofsd.js';
import { hasEnded } from './process/proc.js';
import { killQemus, rpcClient, startHeadlessCli } from './store/test-support/headless-cli.js';
import { ConsoleReader } from './test-support/console-reader.js';
import { GUEST_PROMPT } from './test-support/guest.js';
import { forceOffAfterFailure } from './test-support/stop-vms.js';
import { waitForState } from './test-support/wait-state.js';
import { kernelVm, useTestEngine } from './test-support/test-engine.js';

const t = useTestEngine();
forceOffAfterFailure(() => t.engine);
const host = fs.mkdtempSync(path.join(os.tmpdir(), 'vd-share-'));
afterAll(() => {
  killQemus(t.dirs.runtimeDir);
  fs.rmSync(host, { recursive: true, force: true });
});

async function shell(id: string): Promise<ConsoleReader> {
  const con = await ConsoleReader.open(consoleUrl((await t.engine.api.openConsole({ id, stream: 'serial0' })).url, t.engine.server.wsBase));
  await con.waitForShell(GUEST_PROMPT);
  return con;
}

/** Type a command and wait for its marker: echo prints "<word>-ok" computed by the shell, so the echoed command line never matches. */
async function run(con: ConsoleReader, command: string, word: string, timeoutMs = 60_000): Promise<string> {
  const from = con.length;
  con.type(`${command}; echo ${word}-$((40+2))\r`);
  await con.waitFor(`${word}-42`, timeoutMs, from);
  return con.text.slice(from);
}

/** A virtiofsd the engine did not start is not its child: it may stay a zombie nobody reaps, which counts as ended. */
async function waitForEnd(pid: number): Promise<boolean> {
  for (let i = 0; i < 200; i++) {
    if (await hasEnded(pid)) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}

const runDir = (id: string) => path.join(t.dirs.runtimeDir, id); // paths.ts: vmRunDir

describe('shared folders', () => {
  it('a read-write folder over virtiofs: each side sees what the other writes; no virtiofsd outlives the VM', async () => {
    const folder = path.join(host, 'rw');
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, 'from-host.txt'), 'written on the host\n');
    const { id } = await t.engine.api.create(kernelVm('share rw', { network: { mode: 'none' } }));
    await t.engine.api.update({ id, patch: { sharedFolders: [{ hostPath: folder, tag: 'hostshare', readOnly: false }] } });
    const { text } = await t.engine.api.commandLine({ id });
    expect(text).toMatch(/^\/usr\/lib\/qemu\/virtiofsd --socket-path=\S+\/virtiofs0\.sock -o source=\S+ -o cache=auto &\n/);
    expect(text).toContain('vhost-user-fs-pci,chardev=vfs0,tag=hostshare');

    await t.engine.api.start({ id });
    const [pid] = await runningVirtiofsds(runDir(id));
    expect(pid).toBeTypeOf('number');
    const con = await shell(id);
    try {
      expect(await run(con, 'mkdir -p /mnt/s && mount -t virtiofs hostshare /mnt/s && cat /mnt/s/from-host.txt', 'mounted')).toContain(
        'written on the host',
      );
      await run(con, 'echo written in the guest > /mnt/s/from-guest.txt && sync', 'wrote');
      expect(fs.readFileSync(path.join(folder, 'from-guest.txt'), 'utf8')).toBe('written in the guest\n');
      fs.writeFileSync(path.join(folder, 'later.txt'), 'the host wrote this later\n');
      expect(await run(con, 'cat /mnt/s/later.txt', 'later')).toContain('the host wrote this later');
    } finally {
      con.close();
    }
    // QEMU cannot save a virtiofs device's state: said up front, with the way out, and the VM runs on.
    await expect(t.engine.api.saveState({ id })).rejects.toThrow(
      'Cannot save the state: the VM shares "hostshare" over virtiofs, and QEMU cannot save the state of a virtiofs device',
    );
    await expect(t.engine.api.createSnapshot({ id, name: 'live' })).rejects.toThrow(
      /^Cannot take a snapshot: the VM shares "hostshare" over virtiofs/,
    );
    expect((await t.engine.api.get({ id })).status.state).toBe('running');
    await t.engine.api.forceOff({ id });
    await waitForState(t.engine.service, id, 'stopped');
    // virtiofsd leaves as QEMU closes its socket; the engine's clean-up would end it otherwise.
    await expect(waitForEnd(pid!)).resolves.toBe(true);
    expect(await runningVirtiofsds(runDir(id))).toEqual([]);
    // Its socket and pidfile go too (the engine removes them just after it reports the VM stopped).
    const leftovers = () => fs.readdirSync(runDir(id)).filter((f) => /^virtiofs\d+\.(sock|pid)$/.test(f));
    for (let i = 0; i < 100 && leftovers().length; i++) await new Promise((r) => setTimeout(r, 50));
    expect(leftovers()).toEqual([]);
  });

  it('a read-only folder goes over 9p: QEMU serves it read-only, the guest gets the 9p device, no virtiofsd runs', async () => {
    const folder = path.join(host, 'ro');
    fs.mkdirSync(folder);
    const { id } = await t.engine.api.create(kernelVm('share ro', { network: { mode: 'none' } }));
    await t.engine.api.update({ id, patch: { sharedFolders: [{ hostPath: folder, tag: 'course', readOnly: true }] } });
    const { text } = await t.engine.api.commandLine({ id });
    expect(text).not.toContain('virtiofsd');
    expect(text).toContain(`local,id=fs0,path=${folder},security_model=none,readonly=on`);
    await t.engine.api.start({ id });
    const con = await shell(id);
    try {
      expect(await runningVirtiofsds(runDir(id))).toEqual([]);
      // virtio device id 9 is the 9P transport (id 26 would be virtiofs).
      expect(await run(con, 'cat /sys/bus/virtio/devices/*/device', 'devices')).toContain('0x0009');
    } finally {
      con.close();
    }
    await t.engine.api.forceOff({ id });
  });

  it('a folder that vanished: Start names the share and the cause, and nothing is left running', async () => {
    const folder = path.join(host, 'vanishing');
    fs.mkdirSync(folder);
    const { id } = await t.engine.api.create(kernelVm('share gone', { network: { mode: 'none' } }));
    await t.engine.api.update({ id, patch: { sharedFolders: [{ hostPath: folder, tag: 'gone', readOnly: false }] } });
    fs.rmdirSync(folder);
    await expect(t.engine.api.start({ id })).rejects.toThrow(`Cannot start: The shared folder ${folder} does not exist`);
    expect((await t.engine.api.get({ id })).status.state).toBe('stopped');
    expect(await runningVirtiofsds(runDir(id))).toEqual([]);
  });

  it('refuses a folder inside VirtDesk’s data folder, naming the field', async () => {
    const { id } = await t.engine.api.create(kernelVm('share inside', { network: { mode: 'none' } }));
    const inside = path.join(t.dirs.dataDir, 'vms');
    await expect(
      t.engine.api.update({ id, patch: { sharedFolders: [{ hostPath: inside, tag: 'vms', readOnly: true }] } }),
    ).rejects.toMatchObject({
      message: expect.stringMatching(/The shared folder .* is inside VirtDesk’s own folders/),
      details: expect.objectContaining({ field: 'patch.sharedFolders.0.hostPath' }),
    });
  });

  it('survives an engine killed with -9, and leaves with the VM afterwards', async () => {
    const folder = path.join(host, 'kept');
    fs.mkdirSync(folder);
    const id = await t.whileStopped(async () => {
      const cli = await startHeadlessCli(t.dirs, crypto.randomBytes(16).toString('hex'));
      try {
        const api = await rpcClient(cli);
        const { id } = await api.call<VmSummary>('create', kernelVm('share kept', { network: { mode: 'none' } }));
        await api.call('update', { id, patch: { sharedFolders: [{ hostPath: folder, tag: 'kept', readOnly: false }] } });
        await api.call('start', { id });
        api.close();
        return id;
      } finally {
        cli.child.kill('SIGKILL');
        await cli.exited;
      }
    });
    expect((await t.engine.api.get({ id })).status.state).toBe('running');
    const [pid] = await runningVirtiofsds(runDir(id));
    expect(pid).toBeTypeOf('number');
    const con = await shell(id);
    try {
      await run(con, 'mkdir -p /mnt/k && mount -t virtiofs kept /mnt/k && echo after the restart > /mnt/k/note.txt', 'kept');
      expect(fs.readFileSync(path.join(folder, 'note.txt'), 'utf8')).toBe('after the restart\n');
    } finally {
      con.close();
    }
    await t.engine.api.forceOff({ id });
    await expect(waitForEnd(pid!)).resolves.toBe(true);
  });

  it('a virtiofsd an engine left waiting for a QEMU (killed mid-start) is ended when the next engine starts', async () => {
    const folder = path.join(host, 'orphan');
    fs.mkdirSync(folder);
    const { id } = await t.engine.api.create(kernelVm('share orphan', { network: { mode: 'none' } }));
    const pid = await t.whileStopped(async () => {
      await startVirtiofsds(VIRTIOFSD, runDir(id), [{ share: { hostPath: folder, tag: 'orphan', readOnly: false }, index: 0 }]);
      return (await runningVirtiofsds(runDir(id)))[0];
    });
    expect(pid).toBeTypeOf('number');
    await expect(waitForEnd(pid!)).resolves.toBe(true);
    expect(await runningVirtiofsds(runDir(id))).toEqual([]);
  });
});
