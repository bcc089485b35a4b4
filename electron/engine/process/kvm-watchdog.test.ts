import { describe, expect, it } from 'vitest';
import { KvmWatchdog, looksStuck, type WatchSample } from './kvm-watchdog.js';
import { parseStatTimes } from '../stats/proc-threads.js';

// A real line from this host's hung vCPU thread (name with a space and a slash), trimmed of nothing.
const STAT =
  '635 (CPU 0/KVM) R 1 634 634 0 -1 4194368 87 0 0 0 0 846 0 0 20 0 2 0 5323 1521451008 58374 18446744073709551615 1 1 0 0 0 0 268443648 4096 17987 0 0 0 -1 1 0 0 0 12 0 0 0 0 0 0 0 0 0';

const s = (at: number, system: number, guest = 0, lastOutputAt: number | null = null): WatchSample => ({
  at,
  times: { user: 0, system, guest },
  lastOutputAt,
});

describe('KVM watchdog', () => {
  it('reads user, system and guest time from a /proc stat line', () => {
    expect(parseStatTimes(STAT)).toEqual({ user: 0, system: 8.46, guest: 0.12 });
  });

  it('calls a vCPU that burns a core in the host kernel with no output stuck', () => {
    expect(looksStuck(s(0, 0), s(10_000, 9.8))).toBe(true);
  });
  it('does not call an idle guest stuck', () => {
    expect(looksStuck(s(0, 0), s(10_000, 0.2))).toBe(false);
  });
  it('does not call a busy guest running its own code stuck', () => {
    expect(looksStuck(s(0, 0, 0), s(10_000, 1, 9))).toBe(false);
  });
  it('does not call a guest that printed during the window stuck', () => {
    expect(looksStuck(s(0, 0), s(10_000, 9.8, 0, 4_000))).toBe(false);
  });

  it('warns only once the samples cover the whole window', () => {
    const w = new KvmWatchdog();
    const results = [0, 1000, 2000, 3000, 4000, 5000].map((t) => w.observe('vm', s(t, t / 1000), 5_000));
    expect(results).toEqual([false, false, false, false, false, true]);
    w.reset('vm');
    expect(w.observe('vm', s(6000, 6), 5_000)).toBe(false);
  });
});
