// Issue #15 item 3 against real QEMU and the real guest: a VM with consoleDevice 'virtio', booted with
// console=hvc0, has its shell on the hvc0 relay; typing reaches it, and a 1 MiB print arrives with every
// byte. A VM whose console is the serial port has no hvc0 stream, and openConsole says so.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runtimeFiles } from './paths.js';
import { ConsoleReader } from './test-support/console-reader.js';
import { GUEST_INITRD, GUEST_KERNEL, GUEST_PROMPT } from './test-support/guest.js';
import { kernelVm, useTestEngine } from './test-support/test-engine.js';
import { consoleUrl } from '../../shared/console-url.js';

const t = useTestEngine();
const MiB = 1024 * 1024;

/** Resolves once `ok()` holds, checking every 50 ms (a file another process writes has no event here). */
async function until(ok: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!ok()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('the virtio console (hvc0)', () => {
  let id: string;

  it('a console=hvc0 guest answers typing on the hvc0 WebSocket', async () => {
    const vm = await t.engine.api.create(
      kernelVm('virtio console', {
        consoleDevice: 'virtio',
        source: { kind: 'kernel', kernel: GUEST_KERNEL, initrd: GUEST_INITRD, append: 'console=hvc0' },
      }),
    );
    id = vm.id;
    expect(vm.config?.consoleDevice).toBe('virtio');
    await t.engine.api.start({ id });
    const con = await ConsoleReader.open(consoleUrl((await t.engine.api.openConsole({ id, stream: 'hvc0' })).url, t.engine.server.wsBase));
    try {
      await con.waitForShell(GUEST_PROMPT, 180_000);
      const from = con.length;
      con.type('echo typed-$((6*7))\r');
      await con.waitFor('typed-42', 30_000, from);
    } finally {
      con.close();
    }
    // The relay logs like the serial port's, beside it in the runtime folder.
    const files = runtimeFiles({ ...t.dirs, cacheDir: '' }, id);
    expect(path.dirname(files.hvc0Log)).toBe(path.dirname(files.serial0Log));
    // QEMU writes its log just after the socket, so the viewer can see the line an instant before it.
    await until(() => fs.readFileSync(files.hvc0Log, 'latin1').includes('typed-42'), 10_000, 'typed-42 in hvc0.log');
  }, 240_000);

  // QEMU's virtconsole has no flow control: a write the chardev socket cannot take at once is dropped
  // (hw/char/virtio-console.c), so hvc0 is complete only while the relay drains the socket in time.
  // Here the relay shares the test's process with the reader; a second try is allowed for a stall of
  // that process on a busy machine, and the failure says how much was lost. The mark comes a second
  // after the flood, once the socket has drained, so a loss is counted instead of waited for.
  it('1 MiB printed on hvc0 arrives with every byte counted', { retry: 2, timeout: 360_000 }, async () => {
    const con = await ConsoleReader.open(consoleUrl((await t.engine.api.openConsole({ id, stream: 'hvc0' })).url, t.engine.server.wsBase));
    try {
      await con.waitForShell(GUEST_PROMPT, 60_000);
      const from = con.length;
      con.type("head -c 1048576 /dev/zero | tr '\\0' Z; sleep 1; echo END-MARK\r");
      // The command's own echo has "Z; sleep": only the output has Z right before the mark.
      await con.waitFor('ZEND-MARK', 300_000, from);
      const run = /(Z+)END-MARK/.exec(con.text.slice(from));
      expect(MiB - (run?.[1]?.length ?? 0), 'bytes of 1 MiB lost on hvc0').toBe(0);
    } finally {
      con.close();
    }
  });

  it('a VM whose console is the serial port has no hvc0 stream, and says which to open', async () => {
    const other = await t.engine.api.create(kernelVm('serial console'));
    expect(other.config?.consoleDevice).toBe('serial');
    await t.engine.api.start({ id: other.id });
    try {
      await expect(t.engine.api.openConsole({ id: other.id, stream: 'hvc0' })).rejects.toThrow(/no virtio console \(hvc0\).*serial0/);
    } finally {
      await t.engine.api.forceOff({ id: other.id });
    }
  }, 120_000);
});
