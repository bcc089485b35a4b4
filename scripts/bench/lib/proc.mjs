// What a process costs, from /proc: CPU seconds (user + system) and resident memory.
import fs from 'node:fs';
import { execFileSync } from 'node:child_process';

const TICKS = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

/** utime + stime in seconds; null when the process is gone. */
export function cpuSeconds(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) / TICKS; // fields 14 and 15 of proc(5)
  } catch {
    return null;
  }
}

export function rssMiB(pid) {
  const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

/** The pids of the QEMUs whose pidfiles are in a runtime folder. */
export function qemuPids(runtimeDir) {
  const pids = [];
  for (const entry of fs.readdirSync(runtimeDir)) {
    try {
      const pid = Number(fs.readFileSync(`${runtimeDir}/${entry}/qemu.pid`, 'utf8'));
      if (pid > 0) pids.push(pid);
    } catch {
      /* not running */
    }
  }
  return pids;
}

/** The console log keeper serving a runtime folder (its pidfile, see keeper-protocol.ts), or null. */
export function keeperPid(runtimeDir) {
  try {
    const pid = Number(fs.readFileSync(`${runtimeDir}/console-keeper.pid`, 'utf8'));
    return pid > 0 && cpuSeconds(pid) !== null ? pid : null;
  } catch {
    return null;
  }
}

/**
 * Memory only this process holds (private pages, from smaps_rollup): what it costs beside another Node
 * process, whose binary and libraries it shares. RSS counts those shared pages again.
 */
export function privateMiB(pid) {
  const text = fs.readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
  const kb = (name) => Number(new RegExp(`${name}:\\s+(\\d+) kB`).exec(text)?.[1] ?? 0);
  return (kb('Private_Clean') + kb('Private_Dirty')) / 1024;
}
