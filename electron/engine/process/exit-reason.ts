// Why a QEMU ended, in words: from its exit status when VirtDesk can know it, and from what QEMU
// itself wrote to its log.
import { says, type Message } from '../../../shared/i18n/index.js';
import { sentences, verbatim } from '../engine-messages.js';

export type ExitInfo = { code: number | null; signal: NodeJS.Signals | null };

/** "killed by SIGKILL", "exit code 1", or null when nothing is known. */
export function describeExit(info: ExitInfo | null): Message | null {
  if (!info) return null;
  if (info.signal) return says('engine:exit.signal', { signal: info.signal });
  if (info.code === 134) return says('engine:exit.aborted', { code: info.code });
  if (info.code !== null) return says('engine:exit.code', { code: info.code });
  return null;
}

/**
 * What QEMU's own log says about its end, as a sentence, or null: "terminating on signal 15 from pid
 * 123 (kill)" (QEMU prints this for SIGTERM, SIGINT and SIGHUP) or a failed assertion (then abort).
 */
export function reasonFromLog(log: string): Message | null {
  const lines = log.split('\n').reverse(); // the last match counts
  const signal = lines.find((l) => /terminating on signal \d+/.test(l));
  if (signal) {
    const [, sig, pid, command] = /terminating on signal (\d+)(?: from pid (\d+)(?: \(([^)]*)\))?)?/.exec(signal)!;
    if (!pid) return says('engine:exit.logSignal', { signal: sig! });
    return command
      ? says('engine:exit.logSignalFromCommand', { signal: sig!, pid, command })
      : says('engine:exit.logSignalFrom', { signal: sig!, pid });
  }
  const assertion = lines.find((l) => /Assertion .* failed/.test(l));
  if (assertion) return says('engine:exit.logAssertion', { line: assertion.trim() });
  return null;
}

/**
 * The error shown for a QEMU that ended without SHUTDOWN. `info` is its exit status when VirtDesk is
 * its parent (or caught it as a zombie); `reattached` says why it may be unknown.
 */
export function crashMessage(pid: number | null, info: ExitInfo | null, reattached: boolean, log: string): Message {
  const who = pid === null ? verbatim('QEMU') : says('engine:exit.qemuPid', { pid });
  const exit = describeExit(info);
  const parts = [exit ? says('engine:exit.endedExit', { who, exit }) : says('engine:exit.ended', { who })];
  const fromLog = reasonFromLog(log);
  if (fromLog) parts.push(fromLog);
  if (!exit && reattached) parts.push(says('engine:exit.unknowable'));
  if (!fromLog && !exit) parts.push(says('engine:exit.seeLog'));
  return sentences(parts[0]!, ...parts.slice(1));
}

/**
 * Why a QEMU never answered on QMP, with its last word from qemu.log (the whole log goes in the VM's
 * status): a missing binary, how it exited, or only that it did not start. Warnings are skipped when
 * a real error line follows them.
 */
export function startFailure(binary: string, spawnCode: string | undefined, info: ExitInfo | null, log: string): Message {
  const exit = describeExit(info);
  const error =
    spawnCode === 'ENOENT'
      ? says('engine:process.binaryMissing', { binary })
      : exit
        ? says('engine:process.didNotStartExit', { exit })
        : says('engine:process.didNotStart');
  const lines = log.split('\n');
  const last = lines.filter((l) => !/warning:/.test(l)).pop() ?? lines.pop();
  return last ? sentences(error, verbatim(last)) : error;
}
