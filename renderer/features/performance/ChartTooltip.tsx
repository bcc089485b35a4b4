import { Text } from '@radix-ui/themes';
import { cx } from '../../lib/cx.js';
import { formatTime } from '../../lib/format.js';
import styles from './performance.module.css';

export interface ChartTooltipProps {
  time: number;
  rows: ReadonlyArray<{ label: string; color: string; value: number | null }>;
  format: (value: number) => string;
  /** The cursor's x in the chart box. */
  x: number;
  /** Past the middle the box sits left of the cursor, so it never leaves the chart. */
  flip: boolean;
}

/** The values under the chart's cursor: its time, then one line per series. */
export function ChartTooltip({ time, rows, format, x, flip }: ChartTooltipProps) {
  return (
    <div className={styles.chartTooltip} role="tooltip" style={flip ? { right: `calc(100% - ${x - 10}px)` } : { left: x + 10 }}>
      <Text as="div" size="1" weight="medium" className="numeric">
        {formatTime(time)}
      </Text>
      {rows.map((r) => (
        <div key={r.label} className={styles.chartTooltipRow}>
          <span className={styles.chartSwatch} style={{ background: r.color }} aria-hidden />
          <Text size="1" color="gray">
            {r.label}
          </Text>
          <Text size="1" className={cx(styles.chartTooltipValue, 'numeric')}>
            {r.value === null ? '—' : format(r.value)}
          </Text>
        </div>
      ))}
    </div>
  );
}
