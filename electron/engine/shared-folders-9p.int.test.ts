// Shared folders where virtiofsd cannot run (here: pointed at a program that does not exist, as on a
// host without it; a user other than root is the other case, see host/usable-virtiofsd.test.ts): a
// read-write folder goes over 9p, served by QEMU itself, and no virtiofsd is started. The test guest
// has no 9p module, so the check in the guest is that the 9p device reached it (virtio device id 9).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { consoleUrl } from '../../shared/console-url.js';
import { runningVirtiofsds } from './process/virtiofsd.js';
import { ConsoleReader } from './test-support/console-reader.js';
import { GUEST_PROMPT } from './test-support/guest.js';
import { forceOffAfterFailure } from './test-support/stop-vms.js';
import { kernelVm, useTestEngine } from './test-support/test-engine.js';

process.env.VIRTDESK_VIRTIOFSD = '/nonexistent/virtiofsd'; // read when the engine first probes the host
const t = useTestEngine();
forceOffAfterFailure(() => t.engine);
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'vd-share9p-'));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

describe('shared folders without virtiofsd', () => {
  it('a read-write folder goes over 9p, read-write, with no virtiofsd', async () => {
    expect((await t.engine.api.host()).qemu.virtiofsd).toBeNull();
    const { id } = await t.engine.api.create(kernelVm('share 9p', { network: { mode: 'none' } }));
    await t.engine.api.update({ id, patch: { sharedFolders: [{ hostPath: folder, tag: 'tp', readOnly: false }] } });
    const { text } = await t.engine.api.commandLine({ id });
    expect(text).not.toMatch(/virtiofsd|memory-backend/);
    expect(text).toContain(`local,id=fs0,path=${folder},security_model=none `);
    expect(text).toContain('virtio-9p-pci,fsdev=fs0,mount_tag=tp,id=share0');
    await t.engine.api.start({ id });
    const con = await ConsoleReader.open(
      consoleUrl((await t.engine.api.openConsole({ id, stream: 'serial0' })).url, t.engine.server.wsBase),
    );
    try {
      await con.waitForShell(GUEST_PROMPT);
      const from = con.length;
      con.type('cat /sys/bus/virtio/devices/*/device; echo listed-$((40+2))\r');
      await con.waitFor('listed-42', 60_000, from);
      expect(con.text.slice(from)).toContain('0x0009');
      expect(await runningVirtiofsds(path.join(t.dirs.runtimeDir, id))).toEqual([]);
    } finally {
      con.close();
    }
    await t.engine.api.forceOff({ id });
  });
});
