// Per-VM statistics: CPU from /proc (per vCPU thread and the whole process), RSS, disk counters from
// QMP query-blockstats, network bytes from the host's tap devices where there are any. Keeps the last
// five minutes of samples per VM for the charts.
import fs from 'node:fs/promises';
import type { VmStatsSample } from '../../../shared/model/index.js';
import type { QmpClient } from '../qmp/qmp-client.js';
import { readRss, readThreads, sumTimes, type ThreadTimes } from './proc-threads.js';
import { computeSample, tapNames, type Counters } from './stats-math.js';

export const HISTORY_MS = 5 * 60_000;
/** QEMU names vCPU threads "CPU <n>/TCG" or "CPU <n>/KVM" (-name debug-threads=on). */
const VCPU_THREAD = /^CPU \d+\//;

export interface SampleInput {
  id: string;
  pid: number;
  qmp: QmpClient | null;
  vcpus: number;
  balloonMiB: number | undefined;
  /** Bridged NICs are host tap devices with counters; user-mode NAT has none. */
  bridged: boolean;
}

export class StatsSampler {
  private readonly prev = new Map<string, Counters>();
  private readonly rings = new Map<string, VmStatsSample[]>();
  private readonly taps = new Map<string, string[]>();

  /** Reads the VM's counters; returns a sample from the second reading on. threads: reused by the caller. */
  async sample(vm: SampleInput, threads: ThreadTimes[]): Promise<VmStatsSample | null> {
    const [rss, disk, net] = await Promise.all([readRss(vm.pid), this.disk(vm.qmp), vm.bridged ? this.net(vm.id, vm.pid) : null]);
    const all = sumTimes(threads);
    const now: Counters = {
      at: Date.now(),
      vcpuSec: vcpuSeconds(threads),
      procSec: all.user + all.system,
      disk,
      net,
    };
    const prev = this.prev.get(vm.id);
    this.prev.set(vm.id, now);
    if (!prev || rss === null) return null;
    const sample = computeSample(prev, now, {
      vcpus: vm.vcpus,
      rssBytes: rss,
      balloonBytes: vm.balloonMiB === undefined ? null : vm.balloonMiB * 2 ** 20,
    });
    const ring = this.rings.get(vm.id) ?? [];
    ring.push(sample);
    while (ring.length && ring[0]!.at < sample.at - HISTORY_MS) ring.shift();
    this.rings.set(vm.id, ring);
    return sample;
  }

  history(id: string): VmStatsSample[] {
    return [...(this.rings.get(id) ?? [])];
  }

  /** The VM stopped: its counters start over with the next QEMU; the history stays to look at. */
  stopped(id: string): void {
    this.prev.delete(id);
    this.taps.delete(id);
  }

  forget(id: string): void {
    this.stopped(id);
    this.rings.delete(id);
  }

  private async disk(qmp: QmpClient | null): Promise<Counters['disk']> {
    const total = { rdBytes: 0, wrBytes: 0, rdOps: 0, wrOps: 0 };
    if (!qmp) return total;
    type Stats = { rd_bytes: number; wr_bytes: number; rd_operations: number; wr_operations: number };
    const all = await qmp.execute<Array<{ device?: string; stats: Stats }>>('query-blockstats').catch(() => []);
    for (const { stats } of all) {
      total.rdBytes += stats.rd_bytes;
      total.wrBytes += stats.wr_bytes;
      total.rdOps += stats.rd_operations;
      total.wrOps += stats.wr_operations;
    }
    return total;
  }

  /** Host-side tap counters, swapped into the guest's view (the host receives what the guest sends). */
  private async net(id: string, pid: number): Promise<Counters['net']> {
    let taps = this.taps.get(id);
    if (!taps) {
      const fds = await fs.readdir(`/proc/${pid}/fdinfo`).catch(() => [] as string[]);
      const infos = await Promise.all(fds.map((fd) => fs.readFile(`/proc/${pid}/fdinfo/${fd}`, 'utf8').catch(() => '')));
      taps = tapNames(infos);
      this.taps.set(id, taps);
    }
    if (!taps.length) return null;
    let rx = 0;
    let tx = 0;
    for (const tap of taps) {
      const read = (f: string) => fs.readFile(`/sys/class/net/${tap}/statistics/${f}`, 'utf8').then(Number, () => 0);
      tx += await read('rx_bytes');
      rx += await read('tx_bytes');
    }
    return { rx, tx };
  }
}

export const vcpuSeconds = (threads: ThreadTimes[]) => {
  const t = sumTimes(threads, VCPU_THREAD);
  return t.user + t.system;
};
