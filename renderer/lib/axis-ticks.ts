// Axis scales for the statistics charts: round steps (1, 2, 2.5, 5 x 10^n), in the unit that suits
// the largest value, so an axis reads "0 128 256 MiB" rather than "0 134217728", in the reader's
// language ("0,5 Gio/s").
import { binaryPower, formatBytes, formatNumber, formatRate, type Language } from '../../shared/i18n/index.js';
import { currentLanguage } from '../i18n/i18n.js';

export interface Ticks {
  top: number;
  step: number;
  ticks: number[];
}

const STEPS = [1, 2, 2.5, 5, 10];

/** About `count` round steps from 0 up to the first one at or above `max`. */
export function niceTicks(max: number, count = 4): Ticks {
  const m = max > 0 && Number.isFinite(max) ? max : 1;
  const mag = 10 ** Math.floor(Math.log10(m / count));
  const step = STEPS.map((s) => s * mag).find((s) => s * count >= m) ?? 10 * mag;
  const top = Math.ceil(m / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let i = 0; i * step <= top + step / 1e6; i++) ticks.push(Number((i * step).toPrecision(12)));
  return { top: Number(top.toPrecision(12)), step, ticks };
}

export type AxisKind = 'percent' | 'bytes' | 'rate';

export interface ValueAxis {
  top: number;
  ticks: number[];
  /** Written once beside the axis ("MiB/s"); the tick labels are bare numbers in that unit. */
  unit: string;
  label: (value: number) => string;
}

/**
 * The unit alone ("MiB", "Kio/s"): one of that unit, formatted, without its "1". The unit words live
 * with the formats (shared/i18n/format.ts), so the axis and the figures beside it always agree.
 */
function unitOf(kind: Exclude<AxisKind, 'percent'>, scale: number, lng: Language): string {
  const one = kind === 'rate' ? formatRate(scale, lng) : formatBytes(scale, lng);
  return one.replace(/^1[\s\u00a0]/, '');
}

/** The value axis for figures up to `max`: percentages as they are, bytes in one binary unit. */
export function valueAxis(kind: AxisKind, max: number, count = 4, lng: Language = currentLanguage()): ValueAxis {
  const power = kind === 'percent' ? 0 : binaryPower(max);
  const scale = 1024 ** power;
  const t = niceTicks(max / scale, count);
  return {
    top: t.top * scale,
    ticks: t.ticks.map((v) => v * scale),
    unit: kind === 'percent' ? '%' : unitOf(kind, scale, lng),
    label: (value) => formatNumber(value / scale, lng, 2),
  };
}

/** Whole minutes (or `stepMs`) inside [t0, t1], for the time axis' marks. */
export function timeTicks(t0: number, t1: number, stepMs = 60_000): number[] {
  const out: number[] = [];
  for (let t = Math.ceil(t0 / stepMs) * stepMs; t <= t1; t += stepMs) out.push(t);
  return out;
}

/**
 * Which time marks get a label: centred labels that would cross the chart's edge are left out (rather
 * than shifted into their neighbour), and so is any label closer than minGap to the one before.
 */
export function labelledTicks(xs: number[], width: number, halfLabel = 26, minGap = 64): boolean[] {
  let last = -Infinity;
  return xs.map((x) => {
    const ok = x - halfLabel >= -4 && x + halfLabel <= width + 4 && x - last >= minGap;
    if (ok) last = x;
    return ok;
  });
}
