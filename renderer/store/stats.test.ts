import { beforeEach, describe, expect, it, vi } from 'vitest';
import { says } from '../../shared/i18n/index.js';
import type { VmStatsHistory, VmStatsSample, VmSummary } from '../../shared/model/index.js';

const statsHistory = vi.fn<(arg: { id: string }) => Promise<VmStatsHistory>>();
vi.mock('../api/client.js', () => ({ api: () => ({ statsHistory }) }));

const { applyStats, dropStats, flushStats, loadStatsHistory, reloadStats, useStats } = await import('./stats.js');

const sample = (at: number): VmStatsSample => ({
  at,
  cpuPercent: 5,
  hostCpuPercent: 7,
  rssBytes: 100,
  balloonBytes: null,
  diskReadBps: 0,
  diskWriteBps: 0,
  diskReadOps: 0,
  diskWriteOps: 0,
  netRxBps: null,
  netTxBps: null,
});
const vm = (id: string, state: VmSummary['status']['state']) => ({ id, name: id, status: { state } }) as unknown as VmSummary;
const times = (id: string) => useStats.getState().byVm[id]?.samples.map((s) => s.at);

beforeEach(() => {
  vi.useFakeTimers();
  statsHistory.mockReset();
  statsHistory.mockResolvedValue({ samples: [], note: null });
  reloadStats([]);
});

describe('stats store', () => {
  it('stores a burst of samples in one update and leaves other VMs’ entries alone', () => {
    applyStats('a', sample(1000));
    flushStats();
    const a = useStats.getState().byVm.a;
    const updates = vi.fn();
    const unsubscribe = useStats.subscribe(updates);
    for (let i = 0; i < 3; i++) applyStats(`b${i}`, sample(2000));
    expect(updates).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(updates).toHaveBeenCalledTimes(1);
    expect(useStats.getState().byVm.a).toBe(a);
    unsubscribe();
  });

  it('asks for a VM’s history once, with the note, and merges it under the live samples', async () => {
    const note = says('vmList:usage.noCounters');
    statsHistory.mockResolvedValue({ samples: [sample(1000), sample(2000)], note });
    applyStats('a', sample(3000));
    await vi.waitFor(() => expect(useStats.getState().byVm.a?.note).toEqual(note));
    flushStats();
    expect(times('a')).toEqual([1000, 2000, 3000]);
    await loadStatsHistory('a');
    applyStats('a', sample(4000));
    expect(statsHistory).toHaveBeenCalledTimes(1);
  });

  it('reads the running VMs’ histories at connect, a few at a time, and forgets VMs gone meanwhile', async () => {
    applyStats('gone', sample(1000));
    flushStats();
    await vi.waitFor(() => expect(statsHistory).toHaveBeenCalledTimes(1));
    statsHistory.mockClear();
    const answers: Array<() => void> = [];
    statsHistory.mockImplementation(() => new Promise((resolve) => answers.push(() => resolve({ samples: [], note: null }))));
    const list = [...Array.from({ length: 6 }, (_, i) => vm(`r${i}`, 'running')), vm('off', 'stopped')];
    reloadStats(list);
    expect(useStats.getState().byVm.gone).toBeUndefined();
    await vi.waitFor(() => expect(statsHistory).toHaveBeenCalledTimes(4));
    answers.shift()!();
    await vi.waitFor(() => expect(statsHistory).toHaveBeenCalledTimes(5));
    while (answers.length) answers.shift()!();
    await vi.waitFor(() => expect(statsHistory).toHaveBeenCalledTimes(6));
    answers.shift()!();
    expect(statsHistory.mock.calls.map(([arg]) => arg.id)).not.toContain('off');
  });

  it('drops a removed VM, including samples not stored yet and a history still on its way', async () => {
    let answer!: (h: VmStatsHistory) => void;
    statsHistory.mockImplementation(() => new Promise((resolve) => (answer = resolve)));
    applyStats('a', sample(1000));
    flushStats();
    applyStats('a', sample(2000));
    dropStats('a');
    flushStats();
    await vi.waitFor(() => expect(answer).toBeDefined());
    answer({ samples: [sample(500)], note: null });
    await Promise.resolve();
    expect(useStats.getState().byVm.a).toBeUndefined();
  });
});
