// Issue 4/6 against real QEMU and the real guest: several viewers, a flood that must not grow the
// relay's memory, the human monitor, a CD swap the guest sees, the graphical console, screenshots
// and Ctrl+Alt+Del.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { CreateVmInput } from '../../shared/api.js';
import { createEngine, type Engine } from '../server/create-engine.js';
import { SCROLLBACK_BYTES, VIEWER_HIGH_WATER } from './console/stream-relay.js';
import { ConsoleReader } from './test-support/console-reader.js';
import { GUEST_ISO, GUEST_MARKER, GUEST_PROMPT, requireGuest, tempDirs } from './test-support/guest.js';

const dirs = tempDirs();
let engine: Engine;
let id: string;

const open = async (stream: 'serial0' | 'monitor'): Promise<ConsoleReader> =>
  ConsoleReader.open((await engine.service.openConsole({ id, stream })).url);

async function shell(con: ConsoleReader, command: string, expectOut: RegExp | string, timeoutMs = 15_000) {
  const from = con.text.length;
  con.type(`${command}\r`);
  await con.waitFor(expectOut, timeoutMs, from);
}

beforeAll(async () => {
  requireGuest();
  engine = await createEngine({ paths: dirs, rendererDir: null });
  const input: CreateVmInput = {
    name: 'console guest', source: { kind: 'iso', isoPath: GUEST_ISO }, memoryMiB: 256, cpus: 1, accel: 'tcg',
    storage: { kind: 'new', sizeGiB: 1, format: 'qcow2' }, network: { mode: 'user' }, display: 'vnc',
  };
  id = (await engine.service.create(input)).id;
  await engine.service.start({ id });
  const con = await open('serial0');
  await con.waitFor('VirtDesk test guest', 30_000);
  con.type('\r');
  await con.waitFor(GUEST_PROMPT, 60_000);
  con.close();
}, 120_000);

afterAll(async () => {
  await engine.service.forceOff({ id }).catch(() => {});
  await engine.close();
  dirs.cleanup();
});

describe('serial console', () => {
  it('two viewers receive identical bytes, and both can type', async () => {
    const [a, b] = await Promise.all([open('serial0'), open('serial0')]);
    const [fromA, fromB] = [a.text.length, b.text.length];
    await shell(a, 'seq 1 300 | tr "\\n" " "; echo end-of-seq', /300 end-of-seq/);
    await shell(b, 'echo typed-in-b', /typed-in-b\s/);
    await a.waitFor(/typed-in-b\s/, 5_000, fromA);
    expect(a.text.slice(fromA)).toBe(b.text.slice(fromB));
    a.close();
    b.close();
  });

  it('a 50 MB flood reaches a fast viewer whole; a viewer that stops reading is dropped; the relay stays bounded', async () => {
    const fast = await open('serial0');
    const slow = new WebSocket((await engine.service.openConsole({ id, stream: 'serial0' })).url);
    await new Promise((r) => slow.once('open', r));
    (slow as unknown as { _socket: { pause(): void } })._socket.pause(); // stops reading, like a frozen tab

    let received = 0;
    let maxBuffered = 0;
    const counting = new Promise<void>((resolve) => {
      fast.ws.on('message', (d: Buffer) => {
        received += d.toString('latin1').split('x').length - 1;
        maxBuffered = Math.max(maxBuffered, engine.service.consoles.stats(id, 'serial0')!.bufferedBytes);
        if (received >= 50_000_000) resolve();
      });
    });
    fast.type('head -c 50000000 /dev/zero | tr "\\\\0" x; echo; echo flood-done\r');
    await counting;
    await fast.waitFor('flood-done', 60_000);
    expect(received).toBeGreaterThanOrEqual(50_000_000);
    expect(maxBuffered).toBeLessThanOrEqual(SCROLLBACK_BYTES); // the bound: never more than the scrollback
    // The paused viewer was dropped (it cannot even read the close frame, so the relay cut it off).
    expect(engine.service.consoles.stats(id, 'serial0')!.viewers).toBe(1);
    expect(VIEWER_HIGH_WATER).toBeLessThan(64 * 1024 * 1024);
    fast.close();
  }, 180_000);
});

describe('QEMU monitor and CD-ROM', () => {
  it('`info block` lists the disk and the CD; `change` swaps the ISO and the guest reads the new medium', async () => {
    const other = path.join(dirs.dataDir, 'other.iso');
    const src = path.join(dirs.dataDir, 'other-src');
    fs.mkdirSync(src);
    fs.writeFileSync(path.join(src, 'hello.txt'), 'hi');
    execFileSync('xorriso', ['-as', 'mkisofs', '-quiet', '-V', 'VIRTDESK_OTHER', '-o', other, src], { stdio: 'ignore' });

    const mon = await open('monitor');
    await shell(mon, 'info block', /\(qemu\) $/);
    expect(mon.text).toMatch(/disk0 \(#block\d+\): .*disk0\.qcow2 \(qcow2\)/);
    expect(mon.text).toContain(`ide1-cd0 (#block`);
    await shell(mon, `change ide1-cd0 ${other}`, /\(qemu\) $/);
    await shell(mon, 'info block ide1-cd0', /other\.iso/);
    mon.close();

    const con = await open('serial0');
    // The volume label sits at byte 40 of sector 16 of the medium.
    // The first read after a swap meets the drive's "medium changed" notice (as on real hardware);
    // the guest sees the new disc from the next read on. Read until it does.
    const read = 'dd if=/dev/sr0 bs=2048 skip=16 count=1 2>/dev/null | grep -ao "VIRTDESK_[A-Z]*"';
    let seen = false;
    for (let i = 0; i < 5 && !seen; i++) {
      const from = con.text.length;
      await shell(con, read, /guest# /);
      seen = /VIRTDESK_OTHER\s/.test(con.text.slice(from));
    }
    expect(seen).toBe(true);
    con.close();
    // Put the bootable ISO back for the reboot below, the same way it was swapped.
    // The guest may still hold the tray locked after reading: force it open, then insert and close.
    const mon2 = await open('monitor');
    await shell(mon2, 'eject -f ide1-cd0', /\(qemu\) $/);
    await shell(mon2, `change ide1-cd0 ${GUEST_ISO}`, /\(qemu\) $/);
    await shell(mon2, 'info block ide1-cd0', /tray closed[\s\S]*\(qemu\) $/);
    mon2.close();
  });
});

describe('graphical console', () => {
  it('the VNC stream speaks RFB to a viewer through the relay, and a screenshot is a PNG of the screen', async () => {
    const ws = new WebSocket((await engine.service.openConsole({ id, stream: 'vnc' })).url);
    const greeting = await new Promise<string>((resolve, reject) => {
      ws.once('message', (d: Buffer) => resolve(d.toString('latin1')));
      ws.once('error', reject);
    });
    expect(greeting).toBe('RFB 003.008\n');
    ws.close();
    const shot = await engine.service.screenshot({ id });
    expect(Buffer.from(shot.pngBase64, 'base64').subarray(1, 4).toString()).toBe('PNG');
    expect(shot.width).toBeGreaterThanOrEqual(640);
    expect(shot.height).toBeGreaterThanOrEqual(400);
  });

  it('Ctrl+Alt+Del reboots the guest: its GRUB menu comes back', async () => {
    const con = await open('serial0');
    const from = con.text.length;
    await engine.service.sendKeys({ id, keys: ['ctrl', 'alt', 'delete'] });
    await con.waitFor('VirtDesk test guest', 30_000, from);
    con.type('\r');
    await con.waitFor(GUEST_MARKER, 60_000, from);
    con.close();
  }, 120_000);

  it('refuses a display console for a VM without a display, saying how to add one', async () => {
    const other = await engine.service.create({
      name: 'headless', source: { kind: 'pxe' }, memoryMiB: 64, cpus: 1, accel: 'tcg',
      storage: { kind: 'none' }, network: { mode: 'user' }, display: 'none',
    });
    await engine.service.start({ id: other.id });
    await expect(engine.service.openConsole({ id: other.id, stream: 'vnc' })).rejects.toThrow(/no display: add one in its settings/);
    await engine.service.forceOff({ id: other.id });
  });
});
