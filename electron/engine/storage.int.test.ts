// Issue 5/6 against real qemu-img, qemu-io and QEMU (TCG) with the real guest: snapshots live and
// offline, the Disks view and its actions, linked and full clones. The guest's busybox has no mkfs, so
// "a file on its virtio disk" is a marker written straight to /dev/vda's first sector.
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CreateVmInput, TaskProgress, VmEvent } from '../../shared/api.js';
import { ConsoleReader } from './test-support/console-reader.js';
import { GUEST_PROMPT } from './test-support/guest.js';
import { waitForState } from './test-support/wait-state.js';
import { kernelVm, useTestEngine } from './test-support/test-engine.js';
import { forceOffAfterFailure } from './test-support/stop-vms.js';
import { consoleUrl } from '../../shared/console-url.js';

const t = useTestEngine();
forceOffAfterFailure(() => t.engine); // a failed test's guest must not run on beside the next ones
const { dirs } = t;
const diskVm = (name: string, patch: Partial<CreateVmInput> = {}) =>
  kernelVm(name, { storage: { kind: 'new', sizeGiB: 1, format: 'qcow2' }, ...patch });
const vmFile = (id: string, f: string) => path.join(dirs.dataDir, 'vms', id, f);
const qemuIo = (file: string, cmd: string, fmt = 'qcow2') => execFileSync('qemu-io', ['-f', fmt, '-c', cmd, file], { encoding: 'utf8' });
/** Does the image read as `byte` in its first sector? */
const sectorIs = (file: string, byte: number, fmt = 'qcow2') => {
  const out = qemuIo(file, `read -P ${byte} 0 512`, fmt);
  return /read 512\/512/.test(out) && !/Pattern verification failed/.test(out);
};
const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

async function boot(id: string): Promise<ConsoleReader> {
  await t.engine.api.start({ id });
  const con = await ConsoleReader.open(consoleUrl((await t.engine.api.openConsole({ id, stream: 'serial0' })).url, t.engine.server.wsBase));
  await con.waitForShell(GUEST_PROMPT);
  return con;
}
/** Write a marker into the guest's disk, read it back through the guest. */
async function writeMarker(con: ConsoleReader, text: string) {
  const from = con.text.length;
  con.type(`echo ${text} | dd of=/dev/vda bs=512 count=1 conv=sync 2>/dev/null; sync; echo wrote-$(head -c ${text.length} /dev/vda)\r`);
  await con.waitFor(`wrote-${text}`, 30_000, from);
}
async function readMarker(con: ConsoleReader, len: number): Promise<string> {
  const from = con.text.length;
  con.type(`echo; echo disk-says-$(head -c ${len} /dev/vda)-end\r`);
  await con.waitFor(/disk-says-\S*-end\r?\n/, 30_000, from);
  return /disk-says-(\S*)-end\r?\n/.exec(con.text.slice(from))![1]!;
}

describe('snapshots', () => {
  it('live: snapshot, change the disk, revert: the old content is back (memory too)', async () => {
    const { id } = await t.engine.api.create(diskVm('snappy'));
    const con = await boot(id);
    await writeMarker(con, 'content-one');
    const list = await t.engine.api.createSnapshot({ id, name: 'first', description: 'before the change' });
    expect(list.snapshots).toEqual([expect.objectContaining({ name: 'first', description: 'before the change', live: true })]);
    expect(list.snapshots[0]!.vmStateBytes).toBeGreaterThan(0);
    await writeMarker(con, 'content-two');
    await t.engine.api.revertSnapshot({ id, name: 'first' });
    expect((await t.engine.api.get({ id })).status.state).toBe('running');
    expect(await readMarker(con, 11)).toBe('content-one');
    await expect(t.engine.api.createSnapshot({ id, name: 'first' })).rejects.toThrow(/named "first" already/);
    // While it runs, the disk cannot be resized: the reason says why.
    await expect(t.engine.api.resizeDisk({ id, index: 0, sizeBytes: 2 * 1024 ** 3 })).rejects.toThrow(
      /the VM is running, and QEMU holds a lock/,
    );
    con.close();
    await t.engine.api.forceOff({ id });

    // Reverting a live snapshot of a VM that is off starts it in that state.
    await t.engine.api.revertSnapshot({ id, name: 'first' });
    await waitForState(t.engine.service, id, 'running', 30_000);
    const con2 = await ConsoleReader.open(
      consoleUrl((await t.engine.api.openConsole({ id, stream: 'serial0' })).url, t.engine.server.wsBase),
    );
    expect(await readMarker(con2, 11)).toBe('content-one');
    con2.close();
    await t.engine.api.forceOff({ id });
    expect((await t.engine.api.deleteSnapshot({ id, name: 'first' })).snapshots).toEqual([]);
  });

  it('offline with qemu-img: snapshot, change, revert, delete', async () => {
    const { id } = await t.engine.api.create(diskVm('offline snaps'));
    const disk = vmFile(id, 'disk0.qcow2');
    qemuIo(disk, 'write -P 0x41 0 512');
    const list = await t.engine.api.createSnapshot({ id, name: 'clean install' });
    expect(list.snapshots).toEqual([expect.objectContaining({ name: 'clean install', live: false, vmStateBytes: 0 })]);
    qemuIo(disk, 'write -P 0x42 0 512');
    expect(sectorIs(disk, 0x42)).toBe(true);
    await t.engine.api.revertSnapshot({ id, name: 'clean install' });
    expect(sectorIs(disk, 0x41)).toBe(true);
    expect((await t.engine.api.deleteSnapshot({ id, name: 'clean install' })).snapshots).toEqual([]);
    await expect(t.engine.api.createSnapshot({ id, name: '42' })).rejects.toThrow(/needs a letter/);
  });

  it('says plainly why a VM cannot take snapshots', async () => {
    const { id } = await t.engine.api.create(diskVm('raw disk', { storage: { kind: 'new', sizeGiB: 1, format: 'raw' } }));
    const { unavailable } = await t.engine.api.listSnapshots({ id });
    expect(unavailable?.text).toMatch(/disk0.img is a raw image, and only qcow2 images can hold snapshots: convert it to qcow2/);
    await expect(t.engine.api.createSnapshot({ id, name: 'x' })).rejects.toThrow(/only qcow2/);
  });
});

describe('disks', () => {
  it('convert reports progress 0..100, writes a new file, and the VM can use it', async () => {
    const { id } = await t.engine.api.create(diskVm('converter'));
    const disk = vmFile(id, 'disk0.qcow2');
    // Data spread over the 1 GiB, so qemu-img has real work and reports it in steps.
    for (let mb = 0; mb < 1024; mb += 64) qemuIo(disk, `write -P 0x5a ${mb}M 8M`);
    const tasks: TaskProgress[] = [];
    const onEvent = (e: VmEvent) => e.type === 'task' && e.task.vmId === id && tasks.push(e.task);
    t.engine.service.on('event', onEvent);
    const { path: out } = await t.engine.api.convertDisk({ id, index: 0, format: 'vmdk', use: true });
    t.engine.service.off('event', onEvent);
    expect(out).toBe(vmFile(id, 'disk0.vmdk'));
    const percents = tasks.map((t) => t.percent);
    expect(percents[0]).toBe(0);
    expect(percents.at(-1)).toBe(100);
    expect(percents.some((p) => p > 0 && p < 100)).toBe(true);
    expect(percents).toEqual([...percents].sort((a, b) => a - b)); // never backwards
    expect(tasks.at(-1)).toMatchObject({ state: 'done', title: { text: 'Converting disk0.qcow2 to vmdk' }, cancellable: true });
    const vm = await t.engine.api.get({ id });
    expect(vm.config!.disks[0]).toMatchObject({ file: 'disk0.vmdk', format: 'vmdk' });
    expect(fs.existsSync(disk)).toBe(true); // the old file is kept
    expect(sectorIs(out, 0x5a, 'vmdk')).toBe(true);

    const [entry] = await t.engine.api.listDisks({ vmId: id });
    expect(entry).toMatchObject({ path: out, vm: { id, name: 'converter', index: 0 }, busy: null, snapshots: 0 });
    expect(entry!.chain![0]).toMatchObject({ format: 'vmdk', virtualSize: 1024 ** 3 });
    expect((await t.engine.api.checkDisk({ id, index: 0 })).verdict).toMatch(/clean|unsupported/);
  });

  it('a cancelled conversion leaves nothing behind', async () => {
    const { id } = await t.engine.api.create(diskVm('cancelled', { storage: { kind: 'new', sizeGiB: 2, format: 'qcow2' } }));
    const disk = vmFile(id, 'disk0.qcow2');
    for (let mb = 0; mb < 2048; mb += 128) qemuIo(disk, `write -P 0x33 ${mb}M 16M`);
    const onEvent = (e: VmEvent) => {
      if (e.type === 'task' && e.task.vmId === id && e.task.state === 'running' && e.task.percent > 0)
        void t.engine.api.cancelTask({ taskId: e.task.id });
    };
    t.engine.service.on('event', onEvent);
    await expect(t.engine.api.convertDisk({ id, index: 0, format: 'raw' })).rejects.toThrow(/cancelled; nothing was written/);
    t.engine.service.off('event', onEvent);
    expect(fs.readdirSync(path.dirname(disk)).filter((f) => f.startsWith('disk0.img'))).toEqual([]);
    expect((await t.engine.api.tasks({})).length).toBe(0);
  });

  it('resize grows; shrinking needs the explicit flag; check reports a clean image', async () => {
    const { id } = await t.engine.api.create(diskVm('resizer'));
    const grown = await t.engine.api.resizeDisk({ id, index: 0, sizeBytes: 2 * 1024 ** 3 });
    expect(grown.chain![0]!.virtualSize).toBe(2 * 1024 ** 3);
    await expect(t.engine.api.resizeDisk({ id, index: 0, sizeBytes: 1024 ** 3 })).rejects.toThrow(/smaller than the disk is now/);
    const shrunk = await t.engine.api.resizeDisk({ id, index: 0, sizeBytes: 1024 ** 3, shrink: true });
    expect(shrunk.chain![0]!.virtualSize).toBe(1024 ** 3);
    expect(await t.engine.api.checkDisk({ id, index: 0 })).toMatchObject({ verdict: 'clean', corruptions: 0, leaks: 0 });
  });
});

describe('clones', () => {
  it('linked: both VMs sit on a shared read-only base; the clone boots and its writes leave the base alone', async () => {
    const { id: srcId } = await t.engine.api.create(diskVm('original'));
    qemuIo(vmFile(srcId, 'disk0.qcow2'), 'write -P 0x53 0 512'); // "S"
    const clone = await t.engine.api.cloneVm({ id: srcId, name: 'linked one', mode: 'linked' });
    const src = await t.engine.api.get({ id: srcId });
    expect(clone.config!.nics[0]!.mac).not.toBe(src.config!.nics[0]!.mac);

    const disks = await t.engine.api.listDisks({});
    const base = disks.find((d) => d.vm === null)!;
    expect(base.usedBy.sort()).toEqual(['linked one', 'original']);
    expect(base.busy?.text).toMatch(/read-only base shared by linked clones/);
    expect(fs.statSync(base.path).mode & 0o222).toBe(0); // read-only on disk too
    const cloneDisk = disks.find((d) => d.vm?.id === clone.id)!;
    expect(cloneDisk.chain!.map((l) => l.path)).toEqual([vmFile(clone.id, 'disk0.qcow2'), base.path]);
    const baseSum = sha(base.path);

    const con = await boot(clone.id);
    expect(await readMarker(con, 3)).toBe('SSS'); // it sees the original's data through the base
    await writeMarker(con, 'clone-was-here');
    con.close();
    await t.engine.api.forceOff({ id: clone.id });
    expect(sha(base.path)).toBe(baseSum);
    expect(sectorIs(vmFile(srcId, 'disk0.qcow2'), 0x53)).toBe(true); // the original still reads its own data

    // The base cannot be deleted with the original while the clone needs it: it is not even the
    // original's own file any more (its disk is an overlay), so deleting the original keeps it.
    const plan = await t.engine.api.deletionPlan({ id: srcId });
    expect(plan.files.map((f) => f.path)).toEqual([vmFile(srcId, 'disk0.qcow2')]);
    await t.engine.api.remove({ id: srcId, deleteFiles: [vmFile(srcId, 'disk0.qcow2')] });
    expect(fs.existsSync(base.path)).toBe(true);
    const again = await boot(clone.id);
    expect(await readMarker(again, 14)).toBe('clone-was-here');
    again.close();
    await t.engine.api.forceOff({ id: clone.id });
  });

  it('full: an independent copy', async () => {
    const { id: srcId } = await t.engine.api.create(diskVm('source'));
    qemuIo(vmFile(srcId, 'disk0.qcow2'), 'write -P 0x61 0 512');
    const clone = await t.engine.api.cloneVm({ id: srcId, name: 'full copy', mode: 'full' });
    const copy = vmFile(clone.id, 'disk0.qcow2');
    expect(sectorIs(copy, 0x61)).toBe(true);
    qemuIo(copy, 'write -P 0x62 0 512');
    expect(sectorIs(vmFile(srcId, 'disk0.qcow2'), 0x61)).toBe(true);
    expect((await t.engine.api.listDisks({ vmId: clone.id }))[0]!.chain).toHaveLength(1); // no backing file
    await expect(t.engine.api.cloneVm({ id: srcId, name: 'Full Copy', mode: 'full' })).rejects.toThrow(/exists already/);
  });
});
