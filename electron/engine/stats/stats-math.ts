// Pure: two readings of a VM's counters -> one sample of rates.
import type { VmStatsSample } from '../../../shared/model/index.js';

export interface Counters {
  /** ms since epoch */
  at: number;
  /** CPU seconds of the vCPU threads, and of the whole QEMU process. */
  vcpuSec: number;
  procSec: number;
  disk: { rdBytes: number; wrBytes: number; rdOps: number; wrOps: number };
  /** Guest's view: rx = what the guest received. null = no counters for this VM's network. */
  net: { rx: number; tx: number } | null;
}

export function computeSample(
  prev: Counters,
  now: Counters,
  more: { vcpus: number; rssBytes: number; balloonBytes: number | null },
): VmStatsSample {
  const sec = Math.max(0.001, (now.at - prev.at) / 1000);
  // Counters can go backwards when a device is replaced (a new medium resets its stats): no negative rates.
  const rate = (a: number, b: number) => Math.max(0, (b - a) / sec);
  const pct = (cpuSec: number, cores: number) => Math.min(100, Math.max(0, (cpuSec / sec / cores) * 100));
  return {
    at: now.at,
    cpuPercent: round1(pct(now.vcpuSec - prev.vcpuSec, Math.max(1, more.vcpus))),
    hostCpuPercent: round1(Math.max(0, ((now.procSec - prev.procSec) / sec) * 100)),
    rssBytes: more.rssBytes,
    balloonBytes: more.balloonBytes,
    diskReadBps: Math.round(rate(prev.disk.rdBytes, now.disk.rdBytes)),
    diskWriteBps: Math.round(rate(prev.disk.wrBytes, now.disk.wrBytes)),
    diskReadOps: round1(rate(prev.disk.rdOps, now.disk.rdOps)),
    diskWriteOps: round1(rate(prev.disk.wrOps, now.disk.wrOps)),
    netRxBps: prev.net && now.net ? Math.round(rate(prev.net.rx, now.net.rx)) : null,
    netTxBps: prev.net && now.net ? Math.round(rate(prev.net.tx, now.net.tx)) : null,
  };
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Pure: the tap interfaces a process holds, from its /proc/<pid>/fdinfo texts ("iff:\ttap0"). */
export function tapNames(fdinfos: string[]): string[] {
  return [...new Set(fdinfos.flatMap((t) => [...t.matchAll(/^iff:\s*(\S+)$/gm)].map((m) => m[1]!)))];
}
