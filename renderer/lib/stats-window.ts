// The samples the renderer keeps per VM: the engine's five minutes, merged from statsHistory answers
// and 'stats' events that may overlap or arrive out of order around a (re)connect.
import type { VmStatsSample } from '../../shared/model/index.js';

/** As much as the engine keeps (HISTORY_MS there). */
export const STATS_WINDOW_MS = 5 * 60_000;

/**
 * A hard cap besides the time window: 5 minutes at the fastest interval (1 s) is 300, so this is only
 * reached if clocks misbehave; memory stays bounded whatever the engine sends.
 */
export const MAX_SAMPLES = 400;

/**
 * `known` and `incoming` together, oldest first, one sample per timestamp (the newer copy wins), only
 * the last STATS_WINDOW_MS before the newest. Returns `known` itself when nothing changes, so stores
 * keep their identity and nothing re-renders.
 */
export function mergeSamples(known: readonly VmStatsSample[], incoming: readonly VmStatsSample[]): readonly VmStatsSample[] {
  if (incoming.length === 0) return known;
  const last = known[known.length - 1];
  let merged: VmStatsSample[];
  // The usual case: each new sample is newer than everything kept, so append without sorting.
  if (!last || incoming.every((s, i) => s.at > (i === 0 ? last.at : incoming[i - 1]!.at))) {
    merged = [...known, ...incoming];
  } else {
    const byTime = new Map<number, VmStatsSample>();
    for (const s of known) byTime.set(s.at, s);
    for (const s of incoming) byTime.set(s.at, s);
    merged = [...byTime.values()].sort((a, b) => a.at - b.at);
  }
  const newest = merged[merged.length - 1]!.at;
  let start = Math.max(0, merged.length - MAX_SAMPLES);
  while (start < merged.length && merged[start]!.at < newest - STATS_WINDOW_MS) start++;
  return start === 0 ? merged : merged.slice(start);
}
