// Issue 5/6 (first part) against real QEMU and the real guest: pause/resume freezes and resumes the
// guest, reset starts it over, delete removes exactly the files ticked.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { VmEvent } from '../../shared/api.js';
import { createImage } from './img/qemu-img.js';
import { ConsoleReader } from './test-support/console-reader.js';
import { GUEST_PROMPT } from './test-support/guest.js';
import { waitForState } from './test-support/wait-state.js';
import { kernelVm, useTestEngine } from './test-support/test-engine.js';
import { forceOffAfterFailure } from './test-support/stop-vms.js';
import { consoleUrl } from '../../shared/console-url.js';

const t = useTestEngine();
forceOffAfterFailure(() => t.engine); // a failed test's guest must not run on beside the next ones
const { dirs } = t;

const ticks = (text: string) => [...text.matchAll(/tick-(\d+)/g)].map((m) => Number(m[1]));

describe('pause, resume, reset', () => {
  it('pause freezes the guest, resume carries on where it was, reset starts it over', async () => {
    const { id } = await t.engine.api.create(kernelVm('ticker'));
    await t.engine.api.start({ id });
    const con = await ConsoleReader.open(
      consoleUrl((await t.engine.api.openConsole({ id, stream: 'serial0' })).url, t.engine.server.wsBase),
    );
    await con.waitFor(GUEST_PROMPT, 60_000);
    con.type('i=0; while :; do i=$((i+1)); echo tick-$i; sleep 0.2; done\r');
    await con.waitFor('tick-5', 10_000);

    expect((await t.engine.api.pause({ id })).status.state).toBe('paused');
    await new Promise((r) => setTimeout(r, 300)); // bytes already on their way
    const frozenAt = ticks(con.text).at(-1)!;
    await new Promise((r) => setTimeout(r, 1_500));
    expect(ticks(con.text).at(-1)).toBe(frozenAt); // nothing while paused
    await expect(t.engine.api.pause({ id })).rejects.toThrow(/Cannot pause: the VM is paused/);

    await t.engine.api.resume({ id });
    await waitForState(t.engine.service, id, 'running', 5_000);
    await con.waitFor(`tick-${frozenAt + 3}`, 10_000);
    // The counter carries on from where it froze: no gap, no restart.
    expect(
      ticks(con.text)
        .filter((n) => n >= frozenAt)
        .slice(0, 4),
    ).toEqual([frozenAt, frozenAt + 1, frozenAt + 2, frozenAt + 3]);

    const from = con.text.length;
    await t.engine.api.reset({ id });
    await con.waitFor('VIRTDESK-GUEST-READY', 60_000, from); // booted again
    con.close();
    await t.engine.api.forceOff({ id });
  });
});

describe('delete', () => {
  it('deletes exactly the ticked files; a disk outside the VM folder survives unless ticked', async () => {
    // The user's own image, outside VirtDesk's folders (the policy refuses anything inside them).
    const outside = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'virtdesk-user-files-')), 'shared-data.qcow2');
    await createImage('qemu-img', outside, 'qcow2', 64 * 1024 * 1024);
    const vm = await t.engine.api.create(kernelVm('to delete', { storage: { kind: 'new', sizeGiB: 0.1, format: 'qcow2' } }));
    await t.engine.api.update({
      id: vm.id,
      patch: { disks: [...vm.config!.disks, { file: outside, format: 'qcow2', bus: 'virtio', cache: 'default', readOnly: false }] },
    });
    const { files } = await t.engine.api.deletionPlan({ id: vm.id });
    const inside = path.join(dirs.dataDir, 'vms', vm.id, 'disk0.qcow2');
    expect(files).toEqual([
      { path: inside, insideVmFolder: true, sizeBytes: expect.any(Number), usedBy: [] },
      { path: outside, insideVmFolder: false, sizeBytes: expect.any(Number), usedBy: [] },
    ]);
    await expect(t.engine.api.remove({ id: vm.id, deleteFiles: ['/etc/passwd'] })).rejects.toThrow(/not a file of this VM/);

    const removed: string[] = [];
    const onEvent = (e: VmEvent) => e.type === 'vm-removed' && removed.push(e.id);
    t.engine.service.on('event', onEvent);
    const res = await t.engine.api.remove({ id: vm.id, deleteFiles: [inside] });
    t.engine.service.off('event', onEvent);
    expect(res).toEqual({ kept: [outside], keptIn: null });
    expect(fs.existsSync(path.join(dirs.dataDir, 'vms', vm.id))).toBe(false);
    expect(fs.existsSync(outside)).toBe(true);
    fs.rmSync(path.dirname(outside), { recursive: true, force: true });
    expect(removed).toEqual([vm.id]);
    expect((await t.engine.api.list()).map((v) => v.id)).not.toContain(vm.id);
  });

  it('keeps unticked disks of the VM folder, moved aside with the definition; a running VM needs confirmation', async () => {
    const vm = await t.engine.api.create(kernelVm('keep my disk', { storage: { kind: 'new', sizeGiB: 0.1, format: 'qcow2' } }));
    await t.engine.api.start({ id: vm.id });
    await expect(t.engine.api.remove({ id: vm.id, deleteFiles: [] })).rejects.toThrow(/confirm that it should be forced off/);
    const res = await t.engine.api.remove({ id: vm.id, deleteFiles: [], forceOff: true });
    expect(res.keptIn).toMatch(/vms\/deleted-keep_my_disk-[0-9a-f]{8}$/);
    expect(fs.readdirSync(res.keptIn!).sort()).toEqual(['disk0.qcow2', 'vm.json.deleted']);
    expect((await t.engine.api.list()).map((v) => v.id)).not.toContain(vm.id); // and not "broken" either
  });
});
