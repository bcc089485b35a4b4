// What /proc tells about a QEMU process: each thread's name and CPU time, and the resident memory.
import fs from 'node:fs/promises';

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ: 100 on every Linux that matters). */
export const USER_HZ = 100;
const PAGE_SIZE = 4096;

export interface CpuTimes {
  /** Seconds. */
  user: number;
  system: number;
  guest: number;
}

export interface ThreadTimes extends CpuTimes {
  comm: string;
}

/** utime, stime and guest_time (fields 14, 15, 43) of a /proc stat line; the name may hold spaces. */
export function parseStatTimes(stat: string): CpuTimes {
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // f[0] is field 3 (state)
  const ticks = (field: number) => Number(f[field - 3] ?? 0) / USER_HZ;
  return { user: ticks(14), system: ticks(15), guest: ticks(43) };
}

/** Every thread of the process with its name (QEMU names vCPU threads "CPU 0/TCG", "CPU 1/KVM"). */
export async function readThreads(pid: number): Promise<ThreadTimes[] | null> {
  let tids: string[];
  try {
    tids = await fs.readdir(`/proc/${pid}/task`);
  } catch {
    return null; // gone
  }
  const threads = await Promise.all(
    tids.map(async (tid) => {
      const [comm, stat] = await Promise.all([
        fs.readFile(`/proc/${pid}/task/${tid}/comm`, 'utf8').catch(() => ''),
        fs.readFile(`/proc/${pid}/task/${tid}/stat`, 'utf8').catch(() => ''),
      ]);
      return stat ? { comm: comm.trim(), ...parseStatTimes(stat) } : null;
    }),
  );
  return threads.filter((t): t is ThreadTimes => t !== null);
}

/** Resident memory of the process (second field of /proc/<pid>/statm, in pages). */
export async function readRss(pid: number): Promise<number | null> {
  try {
    const statm = await fs.readFile(`/proc/${pid}/statm`, 'utf8');
    return Number(statm.split(' ')[1]) * PAGE_SIZE;
  } catch {
    return null;
  }
}

/** Sum of CPU times of the threads whose name matches (all threads without a pattern). */
export function sumTimes(threads: ThreadTimes[], name?: RegExp): CpuTimes & { count: number } {
  const total = { user: 0, system: 0, guest: 0, count: 0 };
  for (const t of threads) {
    if (name && !name.test(t.comm)) continue;
    total.user += t.user;
    total.system += t.system;
    total.guest += t.guest;
    total.count++;
  }
  return total;
}
