// Issue 6/6 statistics against real QEMU (TCG) and the real guest: a busy guest shows its vCPU busy,
// an idle one does not, and writing to the disk shows as disk write bytes.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VmEvent } from '../../shared/api.js';
import type { VmStatsSample } from '../../shared/model/index.js';
import { createEngine, type Engine } from './create-engine.js';
import { ConsoleReader } from './test-support/console-reader.js';
import { GUEST_DIR, GUEST_PROMPT, requireGuest, tempDirs } from './test-support/guest.js';

const dirs = tempDirs();
let engine: Engine;

beforeAll(async () => {
  requireGuest();
  engine = await createEngine({ paths: dirs, rendererDir: null });
});
afterAll(async () => {
  for (const vm of await engine.service.list()) await engine.service.forceOff({ id: vm.id }).catch(() => {});
  await engine.close();
  dirs.cleanup();
});

/** The next `n` samples of the VM, from the engine's 'stats' events. */
function nextSamples(id: string, n: number): Promise<VmStatsSample[]> {
  return new Promise((resolve) => {
    const got: VmStatsSample[] = [];
    const onEvent = (e: VmEvent) => {
      if (e.type !== 'stats' || e.id !== id) return;
      got.push(e.sample);
      if (got.length === n) {
        engine.service.off('event', onEvent);
        resolve(got);
      }
    };
    engine.service.on('event', onEvent);
  });
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

describe('statistics', () => {
  it('CPU follows a busy loop, disk writes show up, history keeps the samples', async () => {
    const { id } = await engine.service.create({
      name: 'measured', memoryMiB: 256, cpus: 1, accel: 'tcg', display: 'none', network: { mode: 'user' },
      storage: { kind: 'new', sizeGiB: 1, format: 'qcow2' },
      source: { kind: 'kernel', kernel: path.join(GUEST_DIR, 'vmlinuz'), initrd: path.join(GUEST_DIR, 'initrd.img'), append: 'console=ttyS0' },
    });
    await engine.service.start({ id });
    const con = await ConsoleReader.open((await engine.service.openConsole({ id, stream: 'serial0' })).url);
    await con.waitForShell(GUEST_PROMPT);

    const idle = await nextSamples(id, 3);
    expect(median(idle.map((s) => s.cpuPercent))).toBeLessThan(30);
    expect(idle[0]!.rssBytes).toBeGreaterThan(50 * 2 ** 20);
    expect(idle[0]!.balloonBytes).toBe(256 * 2 ** 20);
    expect(idle[0]!.netRxBps).toBeNull(); // user-mode NAT has no counters

    con.type('while :; do :; done &\r');
    await nextSamples(id, 1); // let the loop get going
    const busy = await nextSamples(id, 3);
    expect(median(busy.map((s) => s.cpuPercent))).toBeGreaterThan(80);
    expect(median(busy.map((s) => s.hostCpuPercent))).toBeGreaterThan(80);

    con.type('kill %1; dd if=/dev/zero of=/dev/vda bs=1M count=32 oflag=direct 2>/dev/null; echo dd-done\r');
    const during = nextSamples(id, 4);
    await con.waitFor('dd-done', 30_000);
    const written = (await during).reduce((sum, s) => sum + s.diskWriteBps, 0); // one-second samples: bytes
    expect(written).toBeGreaterThan(16 * 2 ** 20);

    const history = await engine.service.statsHistory({ id });
    expect(history.samples.length).toBeGreaterThanOrEqual(10);
    expect(history.note).toMatch(/user-mode network/);
    con.close();
    await engine.service.forceOff({ id });
  });
});
