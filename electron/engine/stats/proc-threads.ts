// What /proc tells about a QEMU process: CPU times of the whole process and of single threads, the
// names of its threads, and its resident memory. Reads are synchronous on purpose: /proc files are
// generated in memory, a read costs microseconds, and a promise per file cost more than the read
// itself when twenty VMs are sampled every second.
import fs from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ: 100 on every Linux that matters). */
export const USER_HZ = 100;
const PAGE_SIZE = 4096;

export interface CpuTimes {
  /** Seconds. */
  user: number;
  system: number;
  guest: number;
}

/** utime, stime and guest_time (fields 14, 15, 43) of a /proc stat line; the name may hold spaces. */
export function parseStatTimes(stat: string): CpuTimes {
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // f[0] is field 3 (state)
  const ticks = (field: number) => Number(f[field - 3] ?? 0) / USER_HZ;
  return { user: ticks(14), system: ticks(15), guest: ticks(43) };
}

/** The whole process (every thread, also those that ended), or one thread of it; null if gone. */
export function readTimes(pid: number, tid?: string): CpuTimes | null {
  try {
    return parseStatTimes(fs.readFileSync(tid ? `/proc/${pid}/task/${tid}/stat` : `/proc/${pid}/stat`, 'latin1'));
  } catch {
    return null;
  }
}

/** Thread ids whose name matches (QEMU names vCPU threads "CPU 0/TCG", "CPU 1/KVM": debug-threads=on). */
export function threadIds(pid: number, name: RegExp): string[] {
  let tids: string[];
  try {
    tids = fs.readdirSync(`/proc/${pid}/task`);
  } catch {
    return [];
  }
  return tids.filter((tid) => {
    try {
      return name.test(fs.readFileSync(`/proc/${pid}/task/${tid}/comm`, 'latin1').trim());
    } catch {
      return false;
    }
  });
}

/** Resident memory of the process (second field of /proc/<pid>/statm, in pages). */
export function readRss(pid: number): number | null {
  try {
    return Number(fs.readFileSync(`/proc/${pid}/statm`, 'latin1').split(' ')[1]) * PAGE_SIZE;
  } catch {
    return null;
  }
}

export function addTimes(a: CpuTimes, b: CpuTimes): CpuTimes {
  return { user: a.user + b.user, system: a.system + b.system, guest: a.guest + b.guest };
}
