// Summaries of repeated measurements: min / median / max (and p99 where there are enough samples).

/** Up to this many samples are also kept in run order, so bench-results.json shows groups and drifts. */
const KEEP_SAMPLES = 30;

export function summarize(xs, digits = 1) {
  if (!xs.length) throw new Error('no samples');
  const s = [...xs].sort((a, b) => a - b);
  const r = (x) => +x.toFixed(digits);
  const mid = s.length / 2;
  const median = s.length % 2 ? s[Math.floor(mid)] : (s[mid - 1] + s[mid]) / 2;
  const out = { min: r(s[0]), median: r(median), max: r(s[s.length - 1]), runs: s.length };
  if (s.length >= 20) out.p99 = r(percentile(s, 99));
  if (xs.length <= KEEP_SAMPLES) out.samples = xs.map(r);
  return out;
}

/** Nearest-rank percentile of a sorted array. */
export function percentile(sorted, p) {
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export const ratio = (a, b) => +(a / b).toFixed(3);

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
