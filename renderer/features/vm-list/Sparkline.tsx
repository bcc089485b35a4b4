import { areaPath, linePath, type Frame, type Point } from '../../lib/chart-path.js';
import styles from './vm-list.module.css';

export interface SparklineProps {
  points: readonly Point[];
  /** The time at the right edge (the newest sample) and how much time the width spans. */
  end: number;
  windowMs: number;
  /** The value at the top edge. */
  top: number;
  /** Samples further apart than this are not joined (the VM was off, the link was down). */
  maxGapMs: number;
}

export const SPARK_WIDTH = 44;
export const SPARK_HEIGHT = 16;

/** A tiny line graph for a table cell: no axes, the figure beside it says how much. */
export function Sparkline({ points, end, windowMs, top, maxGapMs }: SparklineProps) {
  const frame: Frame = { t0: end - windowMs, t1: end, width: SPARK_WIDTH, height: SPARK_HEIGHT, top };
  return (
    <svg
      className={styles.sparkline}
      width={SPARK_WIDTH}
      height={SPARK_HEIGHT}
      viewBox={`0 -1 ${SPARK_WIDTH} ${SPARK_HEIGHT + 2}`}
      aria-hidden
    >
      <path className={styles.sparklineArea} d={areaPath(points, frame, maxGapMs)} />
      <path className={styles.sparklineLine} data-testid="sparkline-line" d={linePath(points, frame, maxGapMs)} />
    </svg>
  );
}
