import { Table, Tooltip } from '@radix-ui/themes';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { VmStatsSample, VmSummary } from '../../../shared/model/index.js';
import { i18n, say } from '../../i18n/i18n.js';
import type { Point } from '../../lib/chart-path.js';
import { formatBytes, formatPercent, formatRate } from '../../lib/format.js';
import { useHost } from '../../store/host.js';
import { isSampled, useVmStats, type VmStats } from '../../store/stats.js';
import type { ColumnId } from './list-columns.js';
import { Sparkline } from './Sparkline.js';
import { cx } from '../../lib/cx.js';
import styles from './vm-list.module.css';

/** The sparklines show the last minute (about 1.4 s a pixel), so a newly started VM's fill quickly. */
const SPARK_WINDOW_MS = 60_000;
/** Disk and network graphs scale to their peak, but never below this: idle noise stays flat. */
const RATE_FLOOR = 256 * 1024;

type UsageId = Exclude<ColumnId, 'ram' | 'vcpus'>;

interface Figure {
  pick: (s: VmStatsSample) => number | null;
  format: (v: number) => string;
  /** The value at the top of the graph, given the largest one shown. */
  top: (max: number, vm: VmSummary) => number;
}

const FIGURES: Record<UsageId, Figure> = {
  cpu: { pick: (s) => s.cpuPercent, format: formatPercent, top: () => 100 },
  memory: {
    pick: (s) => s.rssBytes,
    format: formatBytes,
    // Against what the VM was given, so a glance tells how full it is (QEMU's overhead may go above).
    top: (max, vm) => Math.max(max, (vm.config?.memoryMiB ?? 0) * 2 ** 20),
  },
  disk: { pick: (s) => s.diskReadBps + s.diskWriteBps, format: formatRate, top: (max) => Math.max(max, RATE_FLOOR) },
  net: {
    pick: (s) => (s.netRxBps === null || s.netTxBps === null ? null : s.netRxBps + s.netTxBps),
    format: formatRate,
    top: (max) => Math.max(max, RATE_FLOOR),
  },
};

export const isUsageColumn = (id: ColumnId): id is UsageId => id in FIGURES;

/** Why a VM has no network figure: the engine's note, or what VirtDesk can tell from the definition. */
function netNote(vm: VmSummary, stats: VmStats): string {
  if (stats.note) return say(stats.note);
  if (vm.config && vm.config.nics.length === 0) return i18n.t('vmList:usage.noNic');
  return i18n.t('vmList:usage.noCounters');
}

/**
 * A row's graph cells. The only part of a row that follows the statistics, so each sample re-renders
 * these cells of that one VM.
 */
export const UsageCells = memo(function UsageCells({ vm, columns }: { vm: VmSummary; columns: readonly UsageId[] }) {
  const { t } = useTranslation('vmList');
  const stats = useVmStats(vm.id);
  const interval = useHost((s) => s.settings?.statsIntervalSec ?? 1);
  const sampled = isSampled(vm);
  const last = stats.samples[stats.samples.length - 1];
  // Only the tail the sparklines span; the Performance tab has the whole five minutes.
  const recent = useMemo(() => {
    const from = (last?.at ?? 0) - SPARK_WINDOW_MS;
    return stats.samples.filter((s) => s.at >= from);
  }, [stats.samples, last]);

  return columns.map((id) => {
    if (!sampled || !last) return <Table.Cell key={id} data-column={id} />;
    const figure = FIGURES[id];
    const value = figure.pick(last);
    if (value === null) {
      const note = netNote(vm, stats);
      return (
        <Table.Cell key={id} data-column={id}>
          <Tooltip content={note}>
            <span className={styles.usageNone} role="img" aria-label={t('usage.noFigure', { note })}>
              —
            </span>
          </Tooltip>
        </Table.Cell>
      );
    }
    const points: Point[] = recent.map((s) => ({ t: s.at, v: figure.pick(s) }));
    const max = points.reduce((m, p) => Math.max(m, p.v ?? 0), 0);
    return (
      <Table.Cell key={id} data-column={id}>
        <span className={styles.usage}>
          <Sparkline points={points} end={last.at} windowMs={SPARK_WINDOW_MS} top={figure.top(max, vm)} maxGapMs={interval * 2500} />
          <span className={cx(styles.usageFigure, 'numeric')}>{figure.format(value)}</span>
        </span>
      </Table.Cell>
    );
  });
});
