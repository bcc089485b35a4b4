// What /proc says about a process: is it alive, and is it the QEMU we started for this VM?
import fs from 'node:fs/promises';
import os from 'node:os';

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

/**
 * The fields of /proc/<pid>/stat after the command name (which may hold spaces and parentheses), so
 * field n of proc(5) is at index n - 3; null when the process is gone.
 */
async function statFields(pid: number): Promise<string[] | null> {
  try {
    const text = await fs.readFile(`/proc/${pid}/stat`, 'utf8');
    return text.slice(text.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

/**
 * Has the process ended? A dead process stays in the table as a zombie until its parent reaps it, and
 * kill(pid, 0) still succeeds then. A QEMU that VirtDesk re-attached to is not its child: its parent
 * is whatever adopted it (init, or a container's first process, which may never reap it).
 */
export async function hasEnded(pid: number): Promise<boolean> {
  if (!isAlive(pid)) return true;
  const state = (await statFields(pid))?.[0];
  return state === undefined || state === 'Z' || state === 'X';
}

/**
 * How a zombie ended, from /proc/<pid>/stat's exit_code (field 52, in waitpid's encoding): readable
 * by its owner until the parent reaps it. Null when it is not a zombie (or already reaped).
 */
export async function zombieExit(pid: number): Promise<{ code: number | null; signal: NodeJS.Signals | null } | null> {
  const fields = await statFields(pid);
  if (!fields || fields[0] !== 'Z') return null;
  const status = Number(fields[49]);
  if (!Number.isInteger(status)) return null;
  const sig = status & 0x7f;
  if (sig === 0) return { code: (status >> 8) & 0xff, signal: null };
  const name = Object.entries(os.constants.signals).find(([, n]) => n === sig)?.[0] as NodeJS.Signals | undefined;
  return name ? { code: null, signal: name } : null;
}

/** Resolves true once the process has ended (gone or a zombie), false if it still runs after timeoutMs. */
export async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!(await hasEnded(pid))) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 25));
  }
  return true;
}
