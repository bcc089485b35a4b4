import { describe, expect, it } from 'vitest';
import type { VmStatsSample } from '../../shared/model/index.js';
import { MAX_SAMPLES, STATS_WINDOW_MS, mergeSamples } from './stats-window.js';

const sample = (at: number, cpuPercent = 1): VmStatsSample => ({
  at,
  cpuPercent,
  hostCpuPercent: 2,
  rssBytes: 100,
  balloonBytes: null,
  diskReadBps: 0,
  diskWriteBps: 0,
  diskReadOps: 0,
  diskWriteOps: 0,
  netRxBps: null,
  netTxBps: null,
});
const times = (list: readonly VmStatsSample[]) => list.map((s) => s.at);

describe('the kept statistics', () => {
  it('appends newer samples and keeps the array when nothing comes', () => {
    const known = [sample(1000), sample(2000)];
    expect(times(mergeSamples(known, [sample(3000)]))).toEqual([1000, 2000, 3000]);
    expect(mergeSamples(known, [])).toBe(known);
  });

  it('merges a history answer with the events that overtook it, once per timestamp', () => {
    const live = [sample(5000, 50), sample(6000)];
    const history = [sample(3000), sample(4000), sample(5000, 40)];
    const merged = mergeSamples(live, history);
    expect(times(merged)).toEqual([3000, 4000, 5000, 6000]);
    expect(merged[2]!.cpuPercent).toBe(40);
  });

  it('forgets what is older than five minutes before the newest sample', () => {
    const t = 10 * 60_000;
    const merged = mergeSamples([sample(t - STATS_WINDOW_MS - 1), sample(t - STATS_WINDOW_MS)], [sample(t)]);
    expect(times(merged)).toEqual([t - STATS_WINDOW_MS, t]);
  });

  it('never holds more than the cap, whatever arrives', () => {
    const burst = Array.from({ length: MAX_SAMPLES + 50 }, (_, i) => sample(1000 + i));
    const merged = mergeSamples([], burst);
    expect(merged).toHaveLength(MAX_SAMPLES);
    expect(merged[merged.length - 1]!.at).toBe(1000 + MAX_SAMPLES + 49);
  });
});
