import { afterEach, describe, expect, it } from 'vitest';
import type { VmStatsSample, VmSummary } from '../../../shared/model/index.js';
import { i18n, setLanguageChoice } from '../../i18n/i18n.js';
import { perfCharts as perfChartsIn } from './perf-charts.js';

const sample = (patch: Partial<VmStatsSample> = {}): VmStatsSample => ({
  at: 1000,
  cpuPercent: 20,
  hostCpuPercent: 130,
  rssBytes: 300 * 2 ** 20,
  balloonBytes: null,
  diskReadBps: 10,
  diskWriteBps: 20,
  diskReadOps: 1,
  diskWriteOps: 2,
  netRxBps: null,
  netTxBps: null,
  ...patch,
});
const vm = (nics: unknown[]) =>
  ({ id: 'a', name: 'a', status: { state: 'running' }, config: { cpus: 2, memoryMiB: 512, nics } }) as unknown as VmSummary;

const perfCharts = (...args: [VmSummary, VmStatsSample[], string | null]) => perfChartsIn(...args, i18n.getFixedT(null, 'host'));

describe('Performance charts', () => {
  it('draws CPU against 100 % and memory against what the VM was given', () => {
    const [cpu, memory] = perfCharts(vm([]), [sample()], null);
    expect(cpu!.minTop).toBe(100);
    expect(cpu!.caption).toMatch(/2 vCPUs/);
    expect(cpu!.series.map((s) => s.values)).toEqual([[20], [130]]);
    expect(memory!.minTop).toBe(512 * 2 ** 20);
  });

  it('leaves out the balloon line without a balloon, and draws it with one', () => {
    expect(perfCharts(vm([]), [sample()], null)[1]!.series.map((s) => s.label)).toEqual(['QEMU resident']);
    const withBalloon = perfCharts(vm([]), [sample({ balloonBytes: 256 * 2 ** 20 })], null)[1]!;
    expect(withBalloon.series.map((s) => s.label)).toEqual(['QEMU resident', 'Guest (balloon)']);
  });

  it('says why there is no network chart: the engine’s note, or no adapter at all', () => {
    const nat = { model: 'virtio', mac: '52:54:00:00:00:01', network: { mode: 'user', forwards: [] } };
    expect(perfCharts(vm([nat]), [sample()], 'user-mode NAT keeps no counters')[3]!.missing).toBe('user-mode NAT keeps no counters');
    expect(perfCharts(vm([]), [sample()], null)[3]!.missing).toBe('This VM has no network adapter.');
    expect(perfCharts(vm([nat]), [sample({ netRxBps: 5, netTxBps: 6 })], 'x')[3]!.missing).toBeNull();
    // Nothing sampled yet is not "missing": the chart waits for samples like the others.
    expect(perfCharts(vm([]), [], null)[3]!.missing).toBeNull();
  });
});

describe('Performance charts in French', () => {
  afterEach(() => setLanguageChoice('system')); // English outside a browser

  it('name the figures in French and write them in French units', () => {
    setLanguageChoice('fr');
    const [cpu, memory, , net] = perfCharts(vm([]), [sample()], null);
    expect(cpu!.title).toBe('Processeur');
    expect(cpu!.caption).toBe(
      'Invité\u00a0: part de ses 2\u00a0vCPU. Processus QEMU\u00a0: part d’un cœur de l’hôte, il peut donc dépasser 100\u00a0%.',
    );
    expect(cpu!.series.map((s) => s.label)).toEqual(['Invité', 'Processus QEMU']);
    expect(memory!.format(1.5 * 2 ** 30)).toBe('1,5\u00a0Gio');
    expect(net!.missing).toBe('Cette VM n’a pas de carte réseau.');
  });
});
