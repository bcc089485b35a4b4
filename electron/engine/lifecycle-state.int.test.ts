// Issue 5/6 against real QEMU (TCG) and the real guest: ACPI reboot (and its reset fallback), save to
// disk and restore, the balloon as the guest sees it, and disposable runs.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TaskProgress, VmEvent } from '../../shared/api.js';
import { ConsoleReader } from './test-support/console-reader.js';
import { GUEST_MARKER, GUEST_PROMPT } from './test-support/guest.js';
import { waitForState } from './test-support/wait-state.js';
import { kernelVm, useTestEngine } from './test-support/test-engine.js';
import { forceOffAfterFailure } from './test-support/stop-vms.js';
import { consoleUrl } from '../../shared/console-url.js';

const t = useTestEngine();
forceOffAfterFailure(() => t.engine); // a failed test's guest must not run on beside the next ones
const { dirs } = t;
const openSerial = async (id: string) =>
  ConsoleReader.open(consoleUrl((await t.engine.api.openConsole({ id, stream: 'serial0' })).url, t.engine.server.wsBase));
const ticks = (text: string) => [...text.matchAll(/tick-(\d+)/g)].map((m) => Number(m[1]));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('reboot', () => {
  it('presses the power button and starts the guest again instead of stopping it', async () => {
    const { id } = await t.engine.api.create(kernelVm('rebooter'));
    await t.engine.api.start({ id });
    const con = await openSerial(id);
    await con.waitForShell(GUEST_PROMPT);
    const pid = (await t.engine.api.get({ id })).status.pid;
    const states: string[] = [];
    const onEvent = (e: VmEvent) => e.type === 'vm-changed' && e.vm.id === id && states.push(e.vm.status.state);
    t.engine.service.on('event', onEvent);
    const from = con.text.length;
    await t.engine.api.reboot({ id });
    await con.waitFor(GUEST_MARKER, 60_000, from); // the guest's init ran again
    t.engine.service.off('event', onEvent);
    const vm = await waitForState(t.engine.service, id, 'running', 10_000);
    expect(vm.status.pid).toBe(pid); // the same QEMU: a reboot, not a stop and a start
    expect(states).not.toContain('stopped');
    // The guest went down through ACPI (its acpid ran poweroff), not through a reset.
    expect(con.text.slice(from)).toMatch(/reboot: Power down|Power down/);

    // A guest that ignores the button (its acpid killed) is reset when the time is up.
    con.type('killall acpid; echo acpid-gone\r');
    await con.waitFor('acpid-gone', 10_000, from);
    const from2 = con.text.length;
    await t.engine.api.reboot({ id, timeoutSec: 2 });
    await con.waitFor(GUEST_MARKER, 60_000, from2);
    expect((await t.engine.api.get({ id })).status).toMatchObject({ state: 'running', pid });
    con.close();
    await t.engine.api.forceOff({ id });
  });
});

describe('save to disk and restore', () => {
  it('the guest carries on counting from where it was saved', async () => {
    const { id } = await t.engine.api.create(kernelVm('saver'));
    await t.engine.api.start({ id });
    let con = await openSerial(id);
    await con.waitForShell(GUEST_PROMPT);
    con.type('i=0; while :; do i=$((i+1)); echo tick-$i; sleep 0.2; done\r');
    await con.waitFor('tick-5', 10_000);

    const tasks: TaskProgress[] = [];
    const onEvent = (e: VmEvent) => e.type === 'task' && e.task.vmId === id && tasks.push(e.task);
    t.engine.service.on('event', onEvent);
    const saved = await t.engine.api.saveState({ id });
    expect(saved.status.state).toBe('saved');
    expect(tasks.at(-1)).toMatchObject({ title: { text: 'Saving the state to disk' }, state: 'done', percent: 100 });
    const stateFile = path.join(dirs.dataDir, 'vms', id, 'saved-state.vmstate');
    expect(fs.statSync(stateFile).size).toBeGreaterThan(1024 * 1024);
    const last = ticks(con.text).at(-1)!;
    con.close();

    // A saved VM keeps its hardware as saved; renaming it is fine.
    await expect(t.engine.api.update({ id, patch: { memoryMiB: 512 } })).rejects.toThrow(/state is saved/);
    await t.engine.api.update({ id, patch: { name: 'saver renamed' } });
    // A restart of VirtDesk still knows the VM as saved.
    await t.restart();
    expect((await t.engine.api.get({ id })).status.state).toBe('saved');

    t.engine.service.on('event', onEvent);
    await t.engine.api.start({ id });
    t.engine.service.off('event', onEvent);
    expect(tasks.some((t) => t.title.text === 'Restoring the saved state' && t.state === 'done')).toBe(true);
    con = await openSerial(id);
    // The counter goes on from the saved value: a guest that booted again would print no ticks at all.
    await con.waitFor(`tick-${last + 3}`, 15_000);
    const after = ticks(con.text).filter((n) => n > last);
    expect(after[0]).toBeLessThanOrEqual(last + 2);
    expect(fs.existsSync(stateFile)).toBe(false); // spent: a second start boots afresh
    con.close();

    // Discard: saved again, then thrown away; the next start boots.
    await t.engine.api.saveState({ id });
    expect((await t.engine.api.discardSavedState({ id })).status.state).toBe('stopped');
    expect(fs.existsSync(stateFile)).toBe(false);
  });
});

describe('cancelling a save', () => {
  it('leaves no state file and the guest running on', async () => {
    const { id } = await t.engine.api.create(kernelVm('cancel save', { memoryMiB: 512 }));
    await t.engine.api.start({ id });
    const con = await openSerial(id);
    await con.waitForShell(GUEST_PROMPT);
    // Memory full of random bytes (the initramfs is in RAM): a state QEMU cannot skip as zero pages.
    con.type('head -c 64000000 /dev/urandom > /fill; echo fill-$((6*7))\r');
    await con.waitFor('fill-42', 120_000); // the output, not the echo of the typed line

    const onEvent = (e: VmEvent) => {
      if (e.type === 'task' && e.task.vmId === id && e.task.state === 'running' && e.task.percent > 0) {
        t.engine.api.cancelTask({ taskId: e.task.id }).catch(() => {}); // finished first: the assertion below says so
      }
    };
    t.engine.service.on('event', onEvent);
    await expect(t.engine.api.saveState({ id })).rejects.toThrow(/Saving was cancelled; the VM carries on running/);
    t.engine.service.off('event', onEvent);
    expect(fs.readdirSync(path.join(dirs.dataDir, 'vms', id)).filter((f) => f.startsWith('saved-state'))).toEqual([]);
    await waitForState(t.engine.service, id, 'running', 10_000);
    const from = con.text.length;
    con.type('echo still-here\r');
    await con.waitFor('still-here', 10_000, from);
    con.close();
    await t.engine.api.forceOff({ id });
  });
});

describe('balloon', () => {
  it('a new target changes query-balloon and the MemTotal the guest sees', async () => {
    const { id } = await t.engine.api.create(kernelVm('ballooned', { memoryMiB: 384 }));
    await t.engine.api.start({ id });
    const con = await openSerial(id);
    await con.waitForShell(GUEST_PROMPT);
    const memTotal = async () => {
      const from = con.text.length;
      con.type("echo mem-$(sed -n 's/MemTotal: *\\([0-9]*\\) kB/\\1/p' /proc/meminfo)-kb\r");
      await con.waitFor(/mem-\d+-kb/, 10_000, from);
      return Number(/mem-(\d+)-kb/.exec(con.text.slice(from))![1]) / 1024;
    };
    const before = await memTotal();
    expect((await t.engine.api.get({ id })).status.balloonMiB).toBe(384);

    const res = await t.engine.api.update({ id, patch: { currentMemoryMiB: 200 } });
    expect(res.appliedLive).toContain('currentMemoryMiB');
    // BALLOON_CHANGE events bring the actual size as the guest gives memory back.
    const vm = await waitFor(async () => ((await t.engine.api.get({ id })).status.balloonMiB === 200 ? true : null), 30_000);
    expect(vm).toBe(true);
    const after = await memTotal();
    expect(before - after).toBeGreaterThan(150); // about 184 MiB less
    con.close();
    await t.engine.api.forceOff({ id });
  });
});

describe('disposable run', () => {
  it('writes in a disposable run never reach the disk', async () => {
    const { id } = await t.engine.api.create(kernelVm('throwaway', { storage: { kind: 'new', sizeGiB: 1, format: 'qcow2' } }));
    const disk = path.join(dirs.dataDir, 'vms', id, 'disk0.qcow2');
    const before = fs.readFileSync(disk);
    const vm = await t.engine.api.start({ id, disposable: true });
    expect(vm.status.disposable).toBe(true);
    const con = await openSerial(id);
    await con.waitForShell(GUEST_PROMPT);
    con.type('echo scribble-scribble | dd of=/dev/vda bs=512 count=1 conv=sync 2>/dev/null; sync; head -c 18 /dev/vda; echo\r');
    await con.waitFor('scribble-scribble', 10_000, con.text.lastIndexOf('dd of='));
    await expect(t.engine.api.saveState({ id })).rejects.toThrow(/Cannot save the state of a disposable run/);
    await expect(t.engine.api.createSnapshot({ id, name: 'nope' })).rejects.toThrow(/disposable run/);
    con.close();
    await t.engine.api.forceOff({ id });
    expect(fs.readFileSync(disk).equals(before)).toBe(true);
    // qemu-io reads zeros where the guest wrote: the image never saw it.
    const read = execFileSync('qemu-io', ['-f', 'qcow2', '-c', 'read -P 0 0 512', disk], { encoding: 'utf8' });
    expect(read).toMatch(/read 512\/512 bytes/);
  });
});

async function waitFor<T>(probe: () => Promise<T | null>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== null) return v;
    if (Date.now() > deadline) throw new Error('timed out');
    await sleep(250);
  }
}
