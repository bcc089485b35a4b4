// Why a QEMU ended, in words: from its exit status when VirtDesk can know it, and from what QEMU
// itself wrote to its log.

export type ExitInfo = { code: number | null; signal: NodeJS.Signals | null };

/** " (killed by SIGKILL)", " (exit code 1)", or "" when nothing is known. */
export function describeExit(info: ExitInfo | null): string {
  if (!info) return '';
  if (info.signal) return ` (killed by ${info.signal})`;
  if (info.code !== null) return ` (exit code ${info.code}${info.code === 134 ? ', aborted' : ''})`;
  return '';
}

/**
 * What QEMU's own log says about its end, as a sentence, or null: "terminating on signal 15 from pid
 * 123 (kill)" (QEMU prints this for SIGTERM, SIGINT and SIGHUP) or a failed assertion (then abort).
 */
export function reasonFromLog(log: string): string | null {
  const lines = log.split('\n').reverse(); // the last match counts
  const signal = lines.find((l) => /terminating on signal \d+/.test(l));
  if (signal) {
    const m = /terminating on signal (\d+)(?: from pid (\d+)(?: \(([^)]*)\))?)?/.exec(signal)!;
    const from = m[2] ? ` sent by pid ${m[2]}${m[3] ? ` (${m[3]})` : ''}` : '';
    return `QEMU's log says it was terminated by signal ${m[1]}${from}.`;
  }
  const assertion = lines.find((l) => /Assertion .* failed/.test(l));
  if (assertion) return `QEMU's log shows a failed assertion (QEMU then aborts): ${assertion.trim()}`;
  return null;
}

/**
 * The error shown for a QEMU that ended without SHUTDOWN. `info` is its exit status when VirtDesk is
 * its parent (or caught it as a zombie); `reattached` says why it may be unknown.
 */
export function crashMessage(pid: number | null, info: ExitInfo | null, reattached: boolean, log: string): string {
  const who = pid === null ? 'QEMU' : `QEMU (pid ${pid})`;
  const parts = [`${who} ended unexpectedly${describeExit(info)}.`];
  const fromLog = reasonFromLog(log);
  if (fromLog) parts.push(fromLog);
  if (!describeExit(info) && reattached) {
    parts.push(
      'Its exit status and signal cannot be known: it was started before VirtDesk last restarted, so it is not ' +
        "VirtDesk's child and only the process that adopted it (usually init) learns them.",
    );
  }
  if (!fromLog && !describeExit(info)) {
    parts.push("See its last log lines; if the host ran short of memory, the kernel's log (dmesg) names the process it killed.");
  }
  return parts.join(' ');
}
