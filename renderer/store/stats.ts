// Each VM's recent statistics: the engine's last five minutes (statsHistory) topped up by its 'stats'
// events. Components select one VM's entry, so a sample re-renders that VM's cells and nothing else.
import { create } from 'zustand';
import type { Message } from '../../shared/i18n/index.js';
import type { VmStatsSample, VmSummary } from '../../shared/model/index.js';
import { describeError } from '../lib/errors.js';
import { mergeSamples } from '../lib/stats-window.js';
import { api } from '../api/client.js';

export interface VmStats {
  /** Oldest first, at most five minutes before the newest. */
  samples: readonly VmStatsSample[];
  /** The engine's reason a figure is missing (no network counters under user-mode NAT), or null. */
  note: Message | null;
}

interface StatsState {
  byVm: Record<string, VmStats | undefined>;
}

export const useStats = create<StatsState>(() => ({ byVm: {} }));

const EMPTY: VmStats = { samples: [], note: null };

export const useVmStats = (id: string): VmStats => useStats((s) => s.byVm[id] ?? EMPTY);

/**
 * Samples waiting to be stored. The engine sends one event per running VM each interval, all at about
 * the same moment; storing them in one go makes 500 running VMs one store update, not 500.
 */
let pending = new Map<string, VmStatsSample[]>();
let flushTimer: ReturnType<typeof setTimeout> | null = null;
const BATCH_MS = 50;

export function applyStats(id: string, sample: VmStatsSample): void {
  const list = pending.get(id);
  if (list) list.push(sample);
  else pending.set(id, [sample]);
  flushTimer ??= setTimeout(flushStats, BATCH_MS);
  // A VM that started after the connect: its history says why a figure may be missing.
  if (!asked.has(id)) void loadStatsHistory(id);
}

export function flushStats(): void {
  if (flushTimer) clearTimeout(flushTimer);
  flushTimer = null;
  if (pending.size === 0) return;
  const batch = pending;
  pending = new Map();
  useStats.setState((s) => {
    const byVm = { ...s.byVm };
    for (const [id, samples] of batch) {
      const known = byVm[id] ?? EMPTY;
      byVm[id] = { ...known, samples: mergeSamples(known.samples, samples) };
    }
    return { byVm };
  });
}

/** VMs whose history was asked for since the last (re)connect; each is asked once. */
const asked = new Set<string>();
/** At most this many statsHistory calls at once, so a host with hundreds of running VMs connects calmly. */
const PARALLEL = 4;
let inFlight = 0;
const queue: Array<() => void> = [];

async function slot<T>(work: () => Promise<T>): Promise<T> {
  if (inFlight >= PARALLEL) await new Promise<void>((resolve) => queue.push(resolve));
  inFlight++;
  try {
    return await work();
  } finally {
    inFlight--;
    queue.shift()?.();
  }
}

/** Reads a VM's last five minutes once (the VM page asks on open; the connect asks for running VMs). */
export async function loadStatsHistory(id: string): Promise<void> {
  if (asked.has(id)) return;
  asked.add(id);
  try {
    const history = await slot(() => api().statsHistory({ id }));
    // Removed while the answer was on its way: keep nothing of it.
    if (!asked.has(id)) return;
    useStats.setState((s) => {
      const known = s.byVm[id] ?? EMPTY;
      return { byVm: { ...s.byVm, [id]: { samples: mergeSamples(known.samples, history.samples), note: history.note } } };
    });
  } catch (err) {
    // The graphs then start with the next sample; a broken VM simply has none.
    console.warn(`VirtDesk: statsHistory(${id}) failed:`, describeError(err));
  }
}

/** A VM with a QEMU process, which the engine samples. */
export function isSampled(vm: VmSummary): boolean {
  const { state } = vm.status;
  return state === 'running' || state === 'paused' || state === 'shutting-down';
}

/**
 * After (re)connecting: events sent while the link was down are lost, so read the running VMs'
 * histories again, and forget VMs that went away meanwhile.
 */
export function reloadStats(list: readonly VmSummary[]): void {
  asked.clear();
  const ids = new Set(list.map((vm) => vm.id));
  useStats.setState((s) => ({
    byVm: Object.fromEntries(Object.entries(s.byVm).filter(([id]) => ids.has(id))),
  }));
  for (const vm of list) if (isSampled(vm)) void loadStatsHistory(vm.id);
}

export function dropStats(id: string): void {
  asked.delete(id);
  pending.delete(id);
  if (!(id in useStats.getState().byVm)) return;
  useStats.setState((s) => {
    const { [id]: _gone, ...byVm } = s.byVm;
    return { byVm };
  });
}
