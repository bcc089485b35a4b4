import { useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { labelledTicks, valueAxis, timeTicks, type AxisKind } from '../../lib/axis-ticks.js';
import { linePath, nearestIndex, xOf, yOf, type Frame } from '../../lib/chart-path.js';
import { useElementWidth } from '../../lib/useElementWidth.js';
import { ChartTooltip } from './ChartTooltip.js';
import { cx } from '../../lib/cx.js';
import styles from './performance.module.css';

export interface ChartSeries {
  label: string;
  /** A CSS colour that works on both themes (a Radix scale step, e.g. var(--orange-9)). */
  color: string;
  /** One value per entry of `times`; null where the figure is missing. */
  values: readonly (number | null)[];
}

export interface ChartProps {
  /** What the chart shows, for its accessible name ("CPU"). */
  label: string;
  times: readonly number[];
  series: readonly ChartSeries[];
  /** The time span shown, left to right. */
  t0: number;
  t1: number;
  kind: AxisKind;
  format: (value: number) => string;
  /** The axis goes at least this high (100 % for CPU, the VM's memory), so small figures look small. */
  minTop: number;
  /** Samples further apart are not joined. */
  maxGapMs: number;
  height?: number;
}

const M = { left: 44, right: 10, top: 20, bottom: 22 };

/** A time mark, hours and minutes as the reader writes them ("2:05 PM" / "14:05"). */
const clock = (t: number, lng: string) => new Date(t).toLocaleTimeString(lng, { hour: '2-digit', minute: '2-digit' });

/**
 * A line chart over time in plain SVG: value axis with its unit, a mark per minute, one line per
 * series. Pointer or arrow keys move a cursor; the tooltip gives the time and every series' value.
 */
export function Chart({ label, times, series, t0, t1, kind, format, minTop, maxGapMs, height = 150 }: ChartProps) {
  const { t, i18n } = useTranslation('host');
  const boxRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(boxRef);
  const [cursor, setCursor] = useState<number | null>(null);

  const max = useMemo(() => series.reduce((m, s) => s.values.reduce<number>((mm, v) => Math.max(mm, v ?? 0), m), minTop), [series, minTop]);
  const axis = valueAxis(kind, max);
  const frame: Frame = { t0, t1, width: Math.max(0, width - M.left - M.right), height: height - M.top - M.bottom, top: axis.top };
  const marks = timeTicks(t0, t1).map((at) => ({ at, x: xOf(at, frame) }));
  const shown = labelledTicks(
    marks.map((m) => m.x),
    frame.width,
  );
  const timeMarks = marks.map((m, i) => ({ ...m, labelled: shown[i]! }));
  const paths = series.map((s) =>
    linePath(
      times.map((t, i) => ({ t, v: s.values[i] ?? null })),
      frame,
      maxGapMs,
    ),
  );
  const hovered = cursor !== null && cursor < times.length && times[cursor]! >= t0 ? cursor : null;

  function onPointerMove(ev: PointerEvent<SVGSVGElement>) {
    const x = ev.clientX - ev.currentTarget.getBoundingClientRect().left - M.left;
    if (frame.width <= 0) return;
    const i = nearestIndex(times, t0 + (x / frame.width) * (t1 - t0));
    setCursor(i >= 0 ? i : null);
  }

  function onKeyDown(ev: KeyboardEvent<HTMLDivElement>) {
    if (times.length === 0) return;
    const first = Math.max(
      0,
      times.findIndex((t) => t >= t0),
    );
    const last = times.length - 1;
    const at = hovered ?? last + 1;
    const next = { ArrowLeft: at - 1, ArrowRight: at + 1, Home: first, End: last }[ev.key];
    if (next !== undefined) {
      ev.preventDefault();
      setCursor(Math.min(last, Math.max(first, next)));
    } else if (ev.key === 'Escape' && hovered !== null) {
      ev.preventDefault();
      setCursor(null);
    }
  }

  const latest = series.map((s) => {
    const v = s.values[s.values.length - 1];
    return t('perf.figure', { label: s.label, value: v === null || v === undefined ? t('perf.noFigure') : format(v) });
  });
  const cursorX = hovered === null ? 0 : xOf(times[hovered]!, frame);

  return (
    <div
      ref={boxRef}
      className={styles.chart}
      tabIndex={0}
      role="group"
      aria-label={t('perf.chartLabel', { title: label, figures: latest.join(', ') })}
      onKeyDown={onKeyDown}
      onBlur={() => setCursor(null)}
    >
      {width > 0 ? (
        <svg width={width} height={height} onPointerMove={onPointerMove} onPointerLeave={() => setCursor(null)} aria-hidden>
          <text className={styles.chartUnit} data-testid="chart-unit" x={M.left - 6} y={10} textAnchor="end">
            {axis.unit}
          </text>
          <g transform={`translate(${M.left} ${M.top})`}>
            {axis.ticks.map((v) => (
              <g key={v}>
                <line className={styles.chartGrid} x1={0} x2={frame.width} y1={yOf(v, frame)} y2={yOf(v, frame)} />
                <text className={styles.chartTick} x={-6} y={yOf(v, frame)} dy="0.32em" textAnchor="end">
                  {axis.label(v)}
                </text>
              </g>
            ))}
            {timeMarks.map(({ at, x, labelled }) => (
              <g key={at}>
                <line className={cx(styles.chartGrid, styles.chartGridTime)} x1={x} x2={x} y1={0} y2={frame.height} />
                {labelled ? (
                  <text className={styles.chartTick} x={x} y={frame.height + 15} textAnchor="middle">
                    {clock(at, i18n.language)}
                  </text>
                ) : null}
              </g>
            ))}
            {/* Drawn last to first, so the first series (the guest's own figure) stays on top where they overlap. */}
            {paths
              .map((d, i) => (
                <path key={series[i]!.label} className={styles.chartLine} data-series={series[i]!.label} d={d} stroke={series[i]!.color} />
              ))
              .reverse()}
            {hovered !== null ? (
              <g className={styles.chartCursor} data-testid="chart-cursor">
                <line x1={cursorX} x2={cursorX} y1={0} y2={frame.height} />
                {series
                  .map((s) => {
                    const v = s.values[hovered];
                    return v === null || v === undefined ? null : (
                      <circle key={s.label} cx={cursorX} cy={yOf(v, frame)} r={3.5} fill={s.color} />
                    );
                  })
                  .reverse()}
              </g>
            ) : null}
          </g>
        </svg>
      ) : (
        <div style={{ height }} />
      )}
      {hovered !== null ? (
        <ChartTooltip
          time={times[hovered]!}
          rows={series.map((s) => ({ label: s.label, color: s.color, value: s.values[hovered] ?? null }))}
          format={format}
          x={M.left + cursorX}
          flip={cursorX > frame.width / 2}
        />
      ) : null}
    </div>
  );
}
