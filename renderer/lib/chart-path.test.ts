import { describe, expect, it } from 'vitest';
import { areaPath, linePath, nearestIndex, runs, type Frame } from './chart-path.js';

const frame: Frame = { t0: 0, t1: 100, width: 50, height: 20, top: 10 };

describe('graph paths', () => {
  it('maps time to x and value to y, bottom up, clamped to the box', () => {
    expect(
      linePath(
        [
          { t: 0, v: 0 },
          { t: 50, v: 5 },
          { t: 100, v: 20 },
        ],
        frame,
        60,
      ),
    ).toBe('M0 20L25 10 50 0');
  });

  it('breaks the line at missing values and at gaps longer than the sampling allows', () => {
    const points = [
      { t: 0, v: 1 },
      { t: 10, v: 1 },
      { t: 20, v: null },
      { t: 30, v: 1 },
      { t: 90, v: 1 },
      { t: 100, v: 1 },
    ];
    expect(runs(points, frame, 25).map((r) => r.map((p) => p.t))).toEqual([[0, 10], [30], [90, 100]]);
    // The lone sample at 30 is a dot (zero-length stroke with a round cap).
    expect(linePath(points, frame, 25)).toBe('M0 18L5 18M15 18h0M45 18L50 18');
  });

  it('leaves out samples outside the time window', () => {
    expect(
      linePath(
        [
          { t: -10, v: 1 },
          { t: 0, v: 2 },
          { t: 100, v: 2 },
        ],
        frame,
        200,
      ),
    ).toBe('M0 16L50 16');
  });

  it('closes the fill to the baseline and skips lone dots', () => {
    expect(
      areaPath(
        [
          { t: 0, v: 10 },
          { t: 100, v: 10 },
        ],
        frame,
        200,
      ),
    ).toBe('M0 20L0 0L50 0L50 20Z');
    expect(areaPath([{ t: 0, v: 10 }], frame, 200)).toBe('');
  });

  it('finds the sample nearest the cursor', () => {
    const times = [0, 1000, 2000, 3000];
    expect(nearestIndex(times, -500)).toBe(0);
    expect(nearestIndex(times, 1400)).toBe(1);
    expect(nearestIndex(times, 1600)).toBe(2);
    expect(nearestIndex(times, 9000)).toBe(3);
    expect(nearestIndex([], 5)).toBe(-1);
  });
});
