// Issue 4/6 against real QEMU and the real guest: several viewers, a flood that must not grow the
// relay's memory, a viewer that stops reading, the human monitor, a CD swap the guest sees, the
// graphical console, screenshots and Ctrl+Alt+Del. One guest serves the whole file; a test that fails
// leaves it quiet for the next (afterEach).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { CreateVmInput } from '../../shared/api.js';
import { createEngine, type Engine } from '../server/create-engine.js';
import { CONSOLE_CLOSE_CODE } from '../../shared/console-close.js';
import { SCROLLBACK_BYTES, VIEWER_HIGH_WATER } from './console/stream-relay.js';
import { ConsoleReader } from './test-support/console-reader.js';
import { GUEST_ISO, GUEST_MARKER, GUEST_PROMPT, requireGuest, tempDirs } from './test-support/guest.js';
import { consoleUrl } from '../../shared/console-url.js';

const dirs = tempDirs();
let engine: Engine;
let id: string;
const MiB = 1024 * 1024;
/** The serial flood: twice the scrollback; 4-15 s of emulated UART, 40 s on badly overloaded cores. */
const FLOOD_MIB = 2;
/** 8 MB of guest memory, two values a line: about 28 MB of monitor text. */
const DUMP_VALUES = 1_000_000;

const open = async (stream: 'serial0' | 'monitor'): Promise<ConsoleReader> =>
  ConsoleReader.open(consoleUrl((await engine.api.openConsole({ id, stream })).url, engine.server.wsBase));

const within = <T>(p: Promise<T>, ms: number, what: string): Promise<T> => {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`not within ${ms} ms: ${what}`)), ms)));
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
};

async function shell(con: ConsoleReader, command: string, expectOut: RegExp | string, timeoutMs = 15_000) {
  const from = con.text.length;
  con.type(`${command}\r`);
  await con.waitFor(expectOut, timeoutMs, from);
}

beforeAll(async () => {
  requireGuest();
  engine = await createEngine({ paths: dirs, rendererDir: null });
  const input: CreateVmInput = {
    name: 'console guest',
    source: { kind: 'iso', isoPath: GUEST_ISO },
    memoryMiB: 256,
    cpus: 1,
    accel: 'tcg',
    storage: { kind: 'new', sizeGiB: 1, format: 'qcow2' },
    network: { mode: 'user' },
    display: 'vnc',
  };
  id = (await engine.api.create(input)).id;
  await engine.api.start({ id });
  const con = await open('serial0'); // replays all the guest printed since QEMU started
  try {
    await throughGrubToShell(con, 0);
  } finally {
    con.close();
  }
}, 180_000);

// A test that fails half-way can leave the guest busy (a flood still printing): the next test would
// read its output, or time out behind it. Stop it, or reset the guest, before going on.
afterEach(async ({ task }) => {
  if (task.result?.state === 'fail') await quietGuest();
}, 180_000);

afterAll(async () => {
  // Every VM this file started, whatever failed: VMs outlive the engine on purpose.
  for (const vm of await engine.api.list()) await engine.api.forceOff({ id: vm.id }).catch(() => {});
  await engine.close();
  dirs.cleanup();
});

/** Interrupt whatever runs on the guest's shell and wait for it to answer; reset it if it does not. */
async function quietGuest(): Promise<void> {
  const con = await openAfterReplay();
  try {
    const stamp = Date.now() % 1_000_000; // an answer no earlier recovery printed
    con.type('\x03');
    await shell(con, `echo quiet-$((${stamp}+1))`, `quiet-${stamp + 1}`, 30_000);
    return;
  } catch (err) {
    console.log(`the guest did not answer after a failed test (${(err as Error).message.split('\n')[0]}): resetting it`);
    const from = con.length;
    await engine.api.reset({ id });
    await throughGrubToShell(con, from);
  } finally {
    con.close();
  }
}

/** A serial viewer whose scrollback replay (its first frame) is in: what comes after `length` is new. */
async function openAfterReplay(): Promise<ConsoleReader> {
  const con = await open('serial0');
  await con.waitFor(/[\s\S]/, 5_000).catch(() => {}); // nothing printed yet: no replay
  return con;
}

/** The ISO boots to GRUB's menu: choose the entry and wait for the guest's shell, after `from`. */
async function throughGrubToShell(con: ConsoleReader, from: number): Promise<void> {
  await con.waitFor('VirtDesk test guest', 60_000, from);
  con.type('\r'); // boot now rather than after GRUB's timeout
  await con.waitFor(GUEST_MARKER, 60_000, from);
  await con.waitForShell(GUEST_PROMPT); // the new shell answers Enter
}

describe('serial console', () => {
  it('two viewers receive identical bytes, and both can type', async () => {
    const [a, b] = await Promise.all([openAfterReplay(), openAfterReplay()]); // compare live output only
    try {
      const [fromA, fromB] = [a.text.length, b.text.length];
      await shell(a, 'seq 1 300 | tr "\\n" " "; echo end-of-seq', /300 end-of-seq/);
      await shell(b, 'echo typed-in-b', /typed-in-b\s/);
      await a.waitFor(/typed-in-b\s/, 5_000, fromA);
      expect(a.text.slice(fromA)).toBe(b.text.slice(fromB));
    } finally {
      a.close();
      b.close();
    }
  });

  // Sized for two busy cores: the emulated UART does about 600 KB/s at best, 150-200 KB/s when the
  // cores are shared and 55 KB/s was seen under a load average of 10.
  it('a 2 MiB flood reaches a viewer whole and in order, up to its end marker; the relay keeps only its scrollback', async () => {
    const fast = await openAfterReplay();
    try {
      let maxBuffered = 0;
      fast.ws.on('message', () => {
        maxBuffered = Math.max(maxBuffered, engine.service.consoles.stats(id, 'serial0')!.bufferedBytes);
      });
      const from = fast.length;
      // MiB after MiB of "Z" (octal 132, so the typed line holds none), each followed by its number;
      // the end marker is computed by the guest, so the echo of the typed line cannot match it.
      fast.type(
        `for i in $(seq ${FLOOD_MIB}); do head -c ${MiB} /dev/zero | tr "\\0" "\\132"; echo " chunk-$i"; done; echo flood-$((6*7))-done\r`,
      );
      await fast.waitFor('flood-42-done', 150_000, from);

      const out = fast.text.slice(from);
      const body = out.slice(out.indexOf('Z'), out.lastIndexOf('flood-42-done')); // the echo of the (long, wrapped) typed line has no Z
      const chunks = [...body.matchAll(/(Z*) chunk-(\d+)\r?\n/g)].map((m) => `${m[1]!.length} #${m[2]}`);
      // Each MiB whole and in order, and no Z besides (a summary, not a 2 MB diff, on failure).
      expect(chunks).toEqual(Array.from({ length: FLOOD_MIB }, (_, i) => `${MiB} #${i + 1}`));
      expect(body.replace(/[^Z]/g, '').length).toBe(FLOOD_MIB * MiB);
      expect(FLOOD_MIB * MiB).toBeGreaterThanOrEqual(2 * SCROLLBACK_BYTES); // else the bound proves nothing
      expect(maxBuffered).toBeGreaterThan(0);
      expect(maxBuffered).toBeLessThanOrEqual(SCROLLBACK_BYTES); // the bound: never more than the scrollback
    } finally {
      fast.close();
    }
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

describe('a viewer that stops reading', () => {
  // The human monitor goes through the same relay as the serial port but is not held back by an
  // emulated UART: `xp` prints ~28 MB in seconds, well past what a stalled viewer may owe
  // (VIEWER_HIGH_WATER, plus the few MB the kernel's socket buffers take first).
  it('is dropped and told why (4002) once it reads again, while another viewer gets every byte', async () => {
    const fast = await open('monitor');
    const slow = new WebSocket(consoleUrl((await engine.api.openConsole({ id, stream: 'monitor' })).url, engine.server.wsBase));
    try {
      await new Promise((r) => slow.once('open', r));
      (slow as unknown as { _socket: { pause(): void } })._socket.pause(); // stops reading, like a frozen tab
      await fast.waitFor('(qemu) ', 15_000);
      const from = fast.text.length;
      fast.type(`xp /${DUMP_VALUES}xg 0\r`);
      const last = (DUMP_VALUES * 8 - 16).toString(16).padStart(16, '0'); // two 8-byte values a line
      await fast.waitFor('(qemu) ', 60_000, from); // the prompt after the dump

      const dump = fast.text.slice(from);
      expect(dump.length).toBeGreaterThan(2 * VIEWER_HIGH_WATER);
      expect(dump.match(/^[0-9a-f]{16}: /gm)).toHaveLength(DUMP_VALUES / 2);
      expect(dump).toContain(`\n${last}: `);
      // The stalled viewer was dropped: nothing more is sent to it, and the close frame waits behind
      // what it has not read yet; reading again, it gets there and learns why rather than a bare 1006.
      expect(engine.service.consoles.stats(id, 'monitor')!.viewers).toBe(1);
      const closed = new Promise<[number, string]>((r) => slow.once('close', (code, reason) => r([code, reason.toString()])));
      (slow as unknown as { _socket: { resume(): void } })._socket.resume();
      const [code, reason] = await within(closed, 15_000, 'the dropped viewer sees its connection end');
      expect(code).toBe(CONSOLE_CLOSE_CODE.tooSlow);
      expect(reason).toMatch(/could not keep up; reconnect/);
      // And the serial console still answers at once.
      const con = await open('serial0');
      await shell(con, 'echo after-$((6*7))', 'after-42', 15_000);
      con.close();
    } finally {
      slow.terminate();
      fast.close();
    }
  }, 120_000);
});

describe('graphical console', () => {
  it('the VNC stream speaks RFB to a viewer through the relay, and a screenshot is a PNG of the screen', async () => {
    const ws = new WebSocket(consoleUrl((await engine.api.openConsole({ id, stream: 'vnc' })).url, engine.server.wsBase));
    const greeting = await new Promise<string>((resolve, reject) => {
      ws.once('message', (d: Buffer) => resolve(d.toString('latin1')));
      ws.once('error', reject);
    });
    expect(greeting).toBe('RFB 003.008\n');
    ws.close();
    const shot = await engine.api.screenshot({ id });
    expect(Buffer.from(shot.pngBase64, 'base64').subarray(1, 4).toString()).toBe('PNG');
    expect(shot.width).toBeGreaterThanOrEqual(640);
    expect(shot.height).toBeGreaterThanOrEqual(400);
  });

  it('Ctrl+Alt+Del reboots the guest: its GRUB menu comes back', async () => {
    const con = await openAfterReplay(); // else the menu of the first boot, replayed, would do
    const from = con.length;
    await engine.api.sendKeys({ id, keys: ['ctrl', 'alt', 'delete'] });
    await con.waitFor('VirtDesk test guest', 30_000, from);
    con.type('\r');
    await con.waitFor(GUEST_MARKER, 60_000, from);
    con.close();
  }, 120_000);

  it('refuses a display console for a VM without a display, saying how to add one', async () => {
    const other = await engine.api.create({
      name: 'headless',
      source: { kind: 'pxe' },
      memoryMiB: 64,
      cpus: 1,
      accel: 'tcg',
      storage: { kind: 'none' },
      network: { mode: 'user' },
      display: 'none',
    });
    try {
      await engine.api.start({ id: other.id });
      await expect(engine.api.openConsole({ id: other.id, stream: 'vnc' })).rejects.toThrow(/no display: add one in its settings/);
    } finally {
      await engine.api.forceOff({ id: other.id }); // a PXE guest retries the network forever
    }
  });
});
