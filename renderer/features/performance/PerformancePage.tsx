import { Flex, Text } from '@radix-ui/themes';
import { useEffect, useMemo } from 'react';
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
  const { samples, note } = useVmStats(vm.id);
  const interval = useHost((s) => s.settings?.statsIntervalSec ?? null);
  const sampled = isSampled(vm);

  useEffect(() => {
    void loadStatsHistory(vm.id);
  }, [vm.id]);

  const charts = useMemo(() => perfCharts(vm, samples, note), [vm, samples, note]);
  const times = useMemo(() => samples.map((s) => s.at), [samples]);
  const end = samples[samples.length - 1]?.at ?? 0;
  const every = interval === null ? '' : interval === 1 ? ' every second' : ` every ${interval} s`;

  let status: string;
  if (samples.length === 0) {
    status = sampled
      ? `No figures yet: VirtDesk samples a running VM${every}, the graphs fill as they come in.`
      : 'Start the VM to see its CPU, memory, disk and network use here.';
  } else {
    status = sampled
      ? `The last five minutes, sampled${every}. Point at a graph for the figures.`
      : 'The VM is not running: these are the last five minutes it ran.';
  }

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
