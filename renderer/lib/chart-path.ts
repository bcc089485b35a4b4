// Geometry for the statistics graphs (the list's sparklines and the Performance tab's charts): values
// over time mapped into an SVG box, as path strings. Pure, so the drawing components stay thin.

/** The box a graph draws into: time t0..t1 left to right, value 0..top bottom to top. */
export interface Frame {
  t0: number;
  t1: number;
  width: number;
  height: number;
  top: number;
}

/** One sample of one figure; null where the figure is missing. */
export interface Point {
  t: number;
  v: number | null;
}

const round = (n: number) => Math.round(n * 10) / 10;

export const xOf = (t: number, f: Frame): number => round(((t - f.t0) / Math.max(1, f.t1 - f.t0)) * f.width);

export const yOf = (v: number, f: Frame): number =>
  round(f.height - (Math.min(Math.max(v, 0), f.top) / (f.top > 0 ? f.top : 1)) * f.height);

/**
 * Runs of points that belong together: a missing value, or more than `maxGapMs` between two samples
 * (the VM was off, or the link was down), ends a run, so the line does not pretend to know the gap.
 */
export function runs(points: readonly Point[], f: Frame, maxGapMs: number): Array<Array<{ t: number; v: number }>> {
  const out: Array<Array<{ t: number; v: number }>> = [];
  let run: Array<{ t: number; v: number }> = [];
  let prevT = -Infinity;
  for (const p of points) {
    if (p.t < f.t0 || p.t > f.t1) continue;
    if (p.v === null || p.t - prevT > maxGapMs) {
      if (run.length) out.push(run);
      run = [];
    }
    prevT = p.t;
    if (p.v !== null) run.push({ t: p.t, v: p.v });
  }
  if (run.length) out.push(run);
  return out;
}

/** The line through the points; a lone point is a zero-length stroke, which a round cap shows as a dot. */
export function linePath(points: readonly Point[], f: Frame, maxGapMs: number): string {
  return runs(points, f, maxGapMs)
    .map((run) => {
      const [first, ...rest] = run;
      const head = `M${xOf(first!.t, f)} ${yOf(first!.v, f)}`;
      return rest.length ? `${head}L${rest.map((p) => `${xOf(p.t, f)} ${yOf(p.v, f)}`).join(' ')}` : `${head}h0`;
    })
    .join('');
}

/** The same runs closed down to the baseline, for a faint fill under the line. */
export function areaPath(points: readonly Point[], f: Frame, maxGapMs: number): string {
  return runs(points, f, maxGapMs)
    .filter((run) => run.length > 1)
    .map((run) => {
      const line = run.map((p) => `${xOf(p.t, f)} ${yOf(p.v, f)}`).join('L');
      return `M${xOf(run[0]!.t, f)} ${f.height}L${line}L${xOf(run[run.length - 1]!.t, f)} ${f.height}Z`;
    })
    .join('');
}

/** Index of the time closest to t in an ascending list (-1 when empty): the sample under the cursor. */
export function nearestIndex(times: readonly number[], t: number): number {
  if (times.length === 0) return -1;
  let lo = 0;
  let hi = times.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (times[mid]! <= t) lo = mid;
    else hi = mid;
  }
  return Math.abs(times[hi]! - t) < Math.abs(times[lo]! - t) ? hi : lo;
}
