// "No sign of life" under KVM. On hosts where KVM is broken (nested virtualization seen here) a guest
// does not crash: its vCPU thread spins in the host kernel (all system time, no guest time) and the
// guest prints nothing, while QEMU and QMP keep answering normally. So the signal is the vCPU threads'
// CPU time, split by /proc into user/system/guest, together with the serial output.

export interface VcpuTimes {
  /** Summed over the VM's vCPU threads, in seconds. */
  user: number;
  system: number;
  guest: number;
}

export interface WatchSample {
  at: number;
  times: VcpuTimes;
  /** When the guest last printed on its serial port (ms epoch), or null. */
  lastOutputAt: number | null;
}

/**
 * Stuck = over the whole window the guest printed nothing, its vCPUs were busy (at least half a core)
 * and nearly all of that in the host kernel rather than in guest code. An idle guest is not busy; a
 * busy healthy guest spends its time in guest mode.
 */
export function looksStuck(first: WatchSample, last: WatchSample): boolean {
  const wall = (last.at - first.at) / 1000;
  if (wall <= 0) return false;
  if (last.lastOutputAt !== null && last.lastOutputAt > first.at) return false;
  const system = last.times.system - first.times.system;
  const inGuest = last.times.user - first.times.user + (last.times.guest - first.times.guest);
  return system >= 0.5 * wall && inGuest <= 0.1 * system;
}

/** Keeps each VM's recent samples and says when one has shown no sign of life for the window. */
export class KvmWatchdog {
  private samples = new Map<string, WatchSample[]>();

  /** Returns true once the samples cover windowMs and look stuck all along. */
  observe(vmId: string, sample: WatchSample, windowMs: number): boolean {
    const list = this.samples.get(vmId) ?? [];
    list.push(sample);
    while (list.length > 2 && sample.at - list[1]!.at >= windowMs) list.shift();
    this.samples.set(vmId, list);
    const first = list[0]!;
    return sample.at - first.at >= windowMs && looksStuck(first, sample);
  }

  /** Start over (the user chose to keep waiting, or the VM restarted). */
  reset(vmId: string): void {
    this.samples.delete(vmId);
  }
}
