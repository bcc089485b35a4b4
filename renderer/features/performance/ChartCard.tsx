import { Callout, Flex, Heading, Text } from '@radix-ui/themes';
import { InfoCircledIcon } from '@radix-ui/react-icons';
import { useId } from 'react';
import { Chart } from './Chart.js';
import type { PerfChart } from './perf-charts.js';
import styles from './performance.module.css';

export interface ChartCardProps {
  chart: PerfChart;
  times: readonly number[];
  t0: number;
  t1: number;
  maxGapMs: number;
}

/** One chart with its title, what it means and a legend carrying each series' latest figure. */
export function ChartCard({ chart, times, t0, t1, maxGapMs }: ChartCardProps) {
  const titleId = useId();
  return (
    <section className={styles.card} aria-labelledby={titleId} data-chart={chart.id}>
      <Flex align="baseline" justify="between" gap="3" wrap="wrap">
        <Heading as="h3" size="2" id={titleId}>
          {chart.title}
        </Heading>
        {chart.missing ? null : (
          <Flex gap="3" wrap="wrap">
            {chart.series.map((s) => {
              const v = s.values[s.values.length - 1];
              return (
                <Flex key={s.label} align="center" gap="1">
                  <span className={styles.chartSwatch} style={{ background: s.color }} aria-hidden />
                  <Text size="1" color="gray">
                    {s.label}
                  </Text>
                  <Text size="1" weight="medium" className="numeric">
                    {v === null || v === undefined ? '—' : chart.format(v)}
                  </Text>
                </Flex>
              );
            })}
          </Flex>
        )}
      </Flex>
      <Text as="p" size="1" color="gray" className={styles.caption}>
        {chart.caption}
      </Text>
      {chart.missing ? (
        <Callout.Root size="1" color="gray" variant="surface" className={styles.missing}>
          <Callout.Icon>
            <InfoCircledIcon />
          </Callout.Icon>
          <Callout.Text>{chart.missing}</Callout.Text>
        </Callout.Root>
      ) : (
        <Chart
          label={chart.title}
          times={times}
          series={chart.series}
          t0={t0}
          t1={t1}
          kind={chart.kind}
          format={chart.format}
          minTop={chart.minTop}
          maxGapMs={maxGapMs}
        />
      )}
    </section>
  );
}
