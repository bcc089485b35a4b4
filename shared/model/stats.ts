import type { Message } from '../i18n/message.js';

/** One second (or one sampling interval) of a running VM, as the graphs show it. */
export interface VmStatsSample {
  /** ms since epoch */
  at: number;
  /** Guest CPU: the vCPU threads' time over the interval as % of the VM's vCPUs (100 = every vCPU busy). */
  cpuPercent: number;
  /** The whole QEMU process (vCPUs, I/O, device emulation) as % of one host core. */
  hostCpuPercent: number;
  /** Host memory QEMU uses (resident set). */
  rssBytes: number;
  /** Memory the guest has as the balloon reports it; null without a balloon. */
  balloonBytes: number | null;
  /** Bytes and requests per second, all disks together (QMP query-blockstats). */
  diskReadBps: number;
  diskWriteBps: number;
  diskReadOps: number;
  diskWriteOps: number;
  /** Network bytes per second as the guest sees them; null where QEMU gives no counters (user-mode NAT). */
  netRxBps: number | null;
  netTxBps: number | null;
}

export interface VmStatsHistory {
  /** Oldest first, at most 5 minutes' worth. */
  samples: VmStatsSample[];
  /** Why some figure is missing (e.g. no network counters for user-mode networking), or null. */
  note: Message | null;
}
