// What the Performance tab draws for a VM: four charts, each with its series picked from the samples.
// Pure (the words come from `t`), so the page stays layout and the choices (which series, which scale)
// are tested.
import type { TFunction } from 'i18next';
import { isMessage, type Message } from '../../../shared/i18n/index.js';
import type { VmStatsSample, VmSummary } from '../../../shared/model/index.js';
import { say } from '../../i18n/i18n.js';
import type { AxisKind } from '../../lib/axis-ticks.js';
import { formatBytes, formatPercent, formatRate } from '../../lib/format.js';

export interface PerfSeries {
  label: string;
  color: string;
  values: (number | null)[];
}

export interface PerfChart {
  id: 'cpu' | 'memory' | 'disk' | 'net';
  title: string;
  /** One line under the title: what the figures mean. */
  caption: string;
  kind: AxisKind;
  format: (value: number) => string;
  minTop: number;
  series: PerfSeries[];
  /** Instead of the chart: why there is nothing to draw. */
  missing: string | null;
}

/** Two colours per chart, told apart in both themes and by most colour-blind people (blue/orange). */
const FIRST = 'var(--blue-9)';
const SECOND = 'var(--orange-9)';
/** An idle disk or network still gets a sensible axis (0-16 KiB/s), not one scaled to noise. */
const RATE_MIN_TOP = 16 * 1024;

const pick = (samples: readonly VmStatsSample[], f: (s: VmStatsSample) => number | null) => samples.map(f);

/** `note`: the engine's reason a figure is missing (a Message once the engine sends one). */
export function perfCharts(
  vm: VmSummary,
  samples: readonly VmStatsSample[],
  note: string | Message | null,
  t: TFunction<'host'>,
): PerfChart[] {
  const vcpus = vm.config?.cpus ?? 1;
  const balloon = pick(samples, (s) => s.balloonBytes);
  const rx = pick(samples, (s) => s.netRxBps);
  const tx = pick(samples, (s) => s.netTxBps);
  const noNet = samples.length > 0 && rx.every((v) => v === null) && tx.every((v) => v === null);
  const engineNote = isMessage(note) ? say(note) : note;
  const noAdapter = vm.config && vm.config.nics.length === 0;
  const netWhy = engineNote ?? t(noAdapter ? 'perf.net.noAdapter' : 'perf.net.noCounters');
  return [
    {
      id: 'cpu',
      title: t('perf.cpu.title'),
      caption: t('perf.cpu.caption', { count: vcpus }),
      kind: 'percent',
      format: formatPercent,
      minTop: 100,
      series: [
        { label: t('perf.cpu.guest'), color: FIRST, values: pick(samples, (s) => s.cpuPercent) },
        { label: t('perf.cpu.qemu'), color: SECOND, values: pick(samples, (s) => s.hostCpuPercent) },
      ],
      missing: null,
    },
    {
      id: 'memory',
      title: t('perf.memory.title'),
      caption: t('perf.memory.caption'),
      kind: 'bytes',
      format: formatBytes,
      minTop: (vm.config?.memoryMiB ?? 0) * 2 ** 20,
      series: [
        { label: t('perf.memory.resident'), color: FIRST, values: pick(samples, (s) => s.rssBytes) },
        // Without a balloon device there is no second line to draw.
        ...(balloon.some((v) => v !== null) ? [{ label: t('perf.memory.balloon'), color: SECOND, values: balloon }] : []),
      ],
      missing: null,
    },
    {
      id: 'disk',
      title: t('perf.disk.title'),
      caption: t('perf.disk.caption'),
      kind: 'rate',
      format: formatRate,
      minTop: RATE_MIN_TOP,
      series: [
        { label: t('perf.disk.read'), color: FIRST, values: pick(samples, (s) => s.diskReadBps) },
        { label: t('perf.disk.write'), color: SECOND, values: pick(samples, (s) => s.diskWriteBps) },
      ],
      missing: null,
    },
    {
      id: 'net',
      title: t('perf.net.title'),
      caption: t('perf.net.caption'),
      kind: 'rate',
      format: formatRate,
      minTop: RATE_MIN_TOP,
      series: [
        { label: t('perf.net.received'), color: FIRST, values: rx },
        { label: t('perf.net.sent'), color: SECOND, values: tx },
      ],
      missing: noNet ? netWhy : null,
    },
  ];
}
