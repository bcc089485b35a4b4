// Repeats a measurement on each side in turn (side A, side B, ..., then again), so that drift of a
// shared machine affects every side alike; returns a summary per side (summaries) and roundRatio(a, b).
import { summarize } from './stats.mjs';

export async function alternate(sides, runs, measure, digits) {
  const samples = Object.fromEntries(Object.keys(sides).map((k) => [k, []]));
  for (let i = 0; i < runs; i++) {
    for (const [name, side] of Object.entries(sides)) samples[name].push(await measure(side));
  }
  return {
    summaries: Object.fromEntries(Object.entries(samples).map(([k, xs]) => [k, summarize(xs, digits)])),
    /** Per round, side a / side b: steadier than a ratio of medians while the machine's load drifts. */
    roundRatio: (a, b) =>
      summarize(
        samples[a].map((x, i) => x / samples[b][i]),
        3,
      ),
  };
}
