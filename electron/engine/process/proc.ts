// What /proc says about a process: is it alive, and is it the QEMU we started for this VM?
import fs from 'node:fs/promises';

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The pid in QEMU's pidfile, or null when there is none (QEMU removes it on a clean exit). */
export async function readPidfile(file: string): Promise<number | null> {
  try {
    const pid = Number.parseInt((await fs.readFile(file, 'utf8')).trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** A pid can be reused after a crash: only trust it if its command line names our QMP socket. */
export async function isOurQemu(pid: number, qmpSocket: string): Promise<boolean> {
  return (await cmdlineOf(pid)).some((arg) => arg.includes(qmpSocket));
}

/** QEMU's argv as /proc shows it (empty when the process is gone). */
export async function cmdlineOf(pid: number): Promise<string[]> {
  try {
    return (await fs.readFile(`/proc/${pid}/cmdline`, 'utf8')).split('\0');
  } catch {
    return [];
  }
}

/** Resolves true once the process is gone, false if it is still there after timeoutMs. */
export async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 25));
  }
  return true;
}
