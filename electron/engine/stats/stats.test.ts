import { describe, expect, it } from 'vitest';
import { computeSample, tapNames, type Counters } from './stats-math.js';
import { addTimes, parseStatTimes, readRss, readTimes, threadIds } from './proc-threads.js';

const at = (ms: number, p: Partial<Counters> = {}): Counters => ({
  at: ms,
  vcpuSec: 0,
  procSec: 0,
  disk: { rdBytes: 0, wrBytes: 0, rdOps: 0, wrOps: 0 },
  net: null,
  ...p,
});

describe('computeSample', () => {
  it('turns counter deltas into per-second rates and CPU percentages', () => {
    const s = computeSample(
      at(1000, { vcpuSec: 10, procSec: 12, disk: { rdBytes: 0, wrBytes: 1000, rdOps: 0, wrOps: 10 }, net: { rx: 0, tx: 0 } }),
      at(3000, { vcpuSec: 11, procSec: 13.5, disk: { rdBytes: 4096, wrBytes: 5000, rdOps: 2, wrOps: 30 }, net: { rx: 2000, tx: 600 } }),
      { vcpus: 2, rssBytes: 123, balloonBytes: null },
    );
    expect(s).toEqual({
      at: 3000,
      cpuPercent: 25,
      hostCpuPercent: 75,
      rssBytes: 123,
      balloonBytes: null,
      diskReadBps: 2048,
      diskWriteBps: 2000,
      diskReadOps: 1,
      diskWriteOps: 10,
      netRxBps: 1000,
      netTxBps: 300,
    });
  });

  it('never reports negative rates or more than 100 % of the vCPUs; no counters -> null network', () => {
    const s = computeSample(at(0, { vcpuSec: 5, disk: { rdBytes: 100, wrBytes: 100, rdOps: 1, wrOps: 1 } }), at(1000, { vcpuSec: 7 }), {
      vcpus: 1,
      rssBytes: 1,
      balloonBytes: 1,
    });
    expect(s).toMatchObject({ cpuPercent: 100, diskReadBps: 0, diskWriteBps: 0, netRxBps: null, netTxBps: null });
  });
});

describe('/proc parsing', () => {
  it('reads thread times even when the name holds spaces and parentheses', () => {
    const stat = `4242 (CPU 0/TCG) S ${Array.from({ length: 50 }, (_, i) => (i === 10 ? 250 : i === 11 ? 50 : i === 39 ? 7 : 0)).join(' ')}`;
    expect(parseStatTimes(stat)).toEqual({ user: 2.5, system: 0.5, guest: 0.07 });
    expect(addTimes({ user: 1, system: 2, guest: 0 }, { user: 0.5, system: 0, guest: 0.25 })).toEqual({
      user: 1.5,
      system: 2,
      guest: 0.25,
    });
  });

  it('reads this very process from /proc (the same files QEMU has)', () => {
    expect(readTimes(process.pid)!.user).toBeGreaterThan(0);
    expect(readRss(process.pid)).toBeGreaterThan(10 * 2 ** 20);
    const [main] = threadIds(process.pid, /./);
    expect(readTimes(process.pid, main)).not.toBeNull();
    expect(readTimes(2 ** 22 + 1)).toBeNull(); // no such process
  });

  it('finds tap devices in fdinfo', () => {
    expect(tapNames(['pos:\t0\nflags:\t02\niff:\ttap3\n', 'pos:\t0\n', 'iff:\ttap3\n'])).toEqual(['tap3']);
  });
});
