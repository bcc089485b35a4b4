import { Flex, Text } from '@radix-ui/themes';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { VmSummary } from '../../../shared/model/index.js';
import { STATS_WINDOW_MS } from '../../lib/stats-window.js';
import { useHost } from '../../store/host.js';
import { isSampled, loadStatsHistory, useVmStats } from '../../store/stats.js';
import { ChartCard } from './ChartCard.js';
import { perfCharts } from './perf-charts.js';
import paneStyles from '../../theme/pane.module.css';
import styles from './performance.module.css';

/** The VM's last five minutes as charts: CPU, memory, disk, network. Fed by the stats store, no timers. */
export function PerformancePage({ vm }: { vm: VmSummary }) {
  const { t } = useTranslation('host');
  const { samples, note } = useVmStats(vm.id);
  const interval = useHost((s) => s.settings?.statsIntervalSec ?? null);
  const sampled = isSampled(vm);

  useEffect(() => {
    void loadStatsHistory(vm.id);
  }, [vm.id]);

  // `t` changes with the language, so the charts' words follow it.
  const charts = useMemo(() => perfCharts(vm, samples, note, t), [vm, samples, note, t]);
  const times = useMemo(() => samples.map((s) => s.at), [samples]);
  const end = samples[samples.length - 1]?.at ?? 0;
  // "every second" / "every 5 s": the interval is a setting, unknown until the settings are read.
  const statusKey = samples.length === 0 ? (sampled ? 'waiting' : 'notRunning') : sampled ? 'sampled' : 'stopped';
  const status =
    statusKey === 'waiting' || statusKey === 'sampled'
      ? interval === null
        ? t(`perf.status.${statusKey}Unknown`)
        : t(`perf.status.${statusKey}`, { count: interval })
      : t(`perf.status.${statusKey}`);

  return (
    <div className={paneStyles.scroll}>
      <Flex direction="column" gap="3">
        <Text size="2" color="gray">
          {status}
        </Text>
        {samples.length > 0 ? (
          <div className={styles.grid}>
            {charts.map((c) => (
              <ChartCard key={c.id} chart={c} times={times} t0={end - STATS_WINDOW_MS} t1={end} maxGapMs={(interval ?? 1) * 2500} />
            ))}
          </div>
        ) : null}
      </Flex>
    </div>
  );
}
