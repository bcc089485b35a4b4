// What the Performance tab draws for a VM: four charts, each with its series picked from the samples.
// Pure, so the page stays layout and the choices (which series, which scale) are tested.
import type { VmStatsSample, VmSummary } from '../../../shared/model/index.js';
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

export function perfCharts(vm: VmSummary, samples: readonly VmStatsSample[], note: string | null): PerfChart[] {
  const vcpus = vm.config?.cpus ?? 1;
  const balloon = pick(samples, (s) => s.balloonBytes);
  const rx = pick(samples, (s) => s.netRxBps);
  const tx = pick(samples, (s) => s.netTxBps);
  const noNet = samples.length > 0 && rx.every((v) => v === null) && tx.every((v) => v === null);
  const netWhy =
    note ?? (vm.config && vm.config.nics.length === 0 ? 'This VM has no network adapter.' : 'QEMU gives no network counters for this VM.');
  return [
    {
      id: 'cpu',
      title: 'CPU',
      caption: `Guest: share of its ${vcpus === 1 ? 'vCPU' : `${vcpus} vCPUs`}. QEMU process: share of one host core, so it may pass 100 %.`,
      kind: 'percent',
      format: formatPercent,
      minTop: 100,
      series: [
        { label: 'Guest', color: FIRST, values: pick(samples, (s) => s.cpuPercent) },
        { label: 'QEMU process', color: SECOND, values: pick(samples, (s) => s.hostCpuPercent) },
      ],
      missing: null,
    },
    {
      id: 'memory',
      title: 'Memory',
      caption: 'What QEMU holds in host memory (resident), and what the guest has as its balloon reports it.',
      kind: 'bytes',
      format: formatBytes,
      minTop: (vm.config?.memoryMiB ?? 0) * 2 ** 20,
      series: [
        { label: 'QEMU resident', color: FIRST, values: pick(samples, (s) => s.rssBytes) },
        // Without a balloon device there is no second line to draw.
        ...(balloon.some((v) => v !== null) ? [{ label: 'Guest (balloon)', color: SECOND, values: balloon }] : []),
      ],
      missing: null,
    },
    {
      id: 'disk',
      title: 'Disk',
      caption: 'Bytes per second, all disks together.',
      kind: 'rate',
      format: formatRate,
      minTop: RATE_MIN_TOP,
      series: [
        { label: 'Read', color: FIRST, values: pick(samples, (s) => s.diskReadBps) },
        { label: 'Write', color: SECOND, values: pick(samples, (s) => s.diskWriteBps) },
      ],
      missing: null,
    },
    {
      id: 'net',
      title: 'Network',
      caption: 'Bytes per second as the guest sees them.',
      kind: 'rate',
      format: formatRate,
      minTop: RATE_MIN_TOP,
      series: [
        { label: 'Received', color: FIRST, values: rx },
        { label: 'Sent', color: SECOND, values: tx },
      ],
      missing: noNet ? netWhy : null,
    },
  ];
}
