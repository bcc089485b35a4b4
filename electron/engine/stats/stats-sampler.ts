// Per-VM statistics: CPU from /proc (per vCPU thread and the whole process), RSS, disk counters from
// QMP query-blockstats, network bytes from the host's tap devices where there are any. Keeps the last
// five minutes of samples per VM for the charts.
import fs from 'node:fs/promises';
import type { VmStatsSample } from '../../../shared/model/index.js';
import type { QmpClient } from '../qmp/qmp-client.js';
import { addTimes, readRss, readTimes, threadIds, type CpuTimes } from './proc-threads.js';
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
  /** Without disks or CD-ROMs there is nothing for query-blockstats to count. */
  hasDrives: boolean;
  /** Bridged NICs are host tap devices with counters; user-mode NAT has none. */
  bridged: boolean;
}

export interface Reading {
  /** null until the second reading of this QEMU (rates need two). */
  sample: VmStatsSample | null;
  /** The vCPU threads' times now (the KVM watchdog's input). */
  vcpuTimes: CpuTimes;
}

export class StatsSampler {
  private readonly prev = new Map<string, Counters>();
  private readonly rings = new Map<string, VmStatsSample[]>();
  private readonly taps = new Map<string, string[]>();
  /** The vCPU threads of each QEMU (pid and thread ids): found once, not by reading every thread's name each second. */
  private readonly vcpuThreads = new Map<string, { pid: number; tids: string[] }>();

  /** Reads the VM's counters; null when its QEMU is gone. */
  async sample(vm: SampleInput): Promise<Reading | null> {
    const vcpuTimes = this.vcpuTimes(vm.id, vm.pid);
    const proc = readTimes(vm.pid);
    const rss = readRss(vm.pid);
    if (!vcpuTimes || !proc || rss === null) return null;
    const [disk, net] = await Promise.all([vm.hasDrives ? this.disk(vm.qmp) : NO_DISK, vm.bridged ? this.net(vm.id, vm.pid) : null]);
    const now: Counters = {
      at: Date.now(),
      vcpuSec: vcpuTimes.user + vcpuTimes.system,
      procSec: proc.user + proc.system,
      disk,
      net,
    };
    const prev = this.prev.get(vm.id);
    this.prev.set(vm.id, now);
    if (!prev) return { sample: null, vcpuTimes };
    const sample = computeSample(prev, now, {
      vcpus: vm.vcpus,
      rssBytes: rss,
      balloonBytes: vm.balloonMiB === undefined ? null : vm.balloonMiB * 2 ** 20,
    });
    const ring = this.rings.get(vm.id) ?? [];
    ring.push(sample);
    while (ring.length && ring[0]!.at < sample.at - HISTORY_MS) ring.shift();
    this.rings.set(vm.id, ring);
    return { sample, vcpuTimes };
  }

  /** Summed over the vCPU threads; the thread list is looked up again if a thread went away. */
  private vcpuTimes(id: string, pid: number): CpuTimes | null {
    let known = this.vcpuThreads.get(id);
    for (let attempt = 0; attempt < 2; attempt++) {
      if (!known || known.pid !== pid) {
        known = { pid, tids: threadIds(pid, VCPU_THREAD) };
        this.vcpuThreads.set(id, known);
      }
      let total: CpuTimes = { user: 0, system: 0, guest: 0 };
      let complete = known.tids.length > 0;
      for (const tid of known.tids) {
        const t = readTimes(pid, tid);
        if (!t) {
          complete = false;
          break;
        }
        total = addTimes(total, t);
      }
      if (complete) return total;
      known = undefined;
    }
    return null;
  }

  history(id: string): VmStatsSample[] {
    return [...(this.rings.get(id) ?? [])];
  }

  /** The VM stopped: its counters start over with the next QEMU; the history stays to look at. */
  stopped(id: string): void {
    this.prev.delete(id);
    this.taps.delete(id);
    this.vcpuThreads.delete(id);
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

const NO_DISK: Counters['disk'] = { rdBytes: 0, wrBytes: 0, rdOps: 0, wrOps: 0 };
