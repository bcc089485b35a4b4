// What a self-test run means. Pure, so every outcome is unit tested without a broken host at hand.
import { says, type Message } from '../../../../shared/i18n/index.js';
import type { KvmSelfTestResult } from '../../../../shared/model/index.js';
import { CLEAN_EXIT_STATUS, SELFTEST_LINES } from './boot-sector.js';
import type { BootSectorRun } from './run-boot-sector.js';

export function ranToEnd(run: BootSectorRun): boolean {
  return run.lines === SELFTEST_LINES && run.exitStatus === CLEAN_EXIT_STATUS;
}

/** `first`, then `then` when there is one: the control run's sentence is only there when it ran. */
const andThen = (first: Message, then: Message | null): Message => (then ? says('host:sentences', { first, then }) : first);

/** kvm: the run under KVM; tcg: the control run under emulation (only made when KVM did not pass). */
export function classifySelfTest(kvm: BootSectorRun, tcg: BootSectorRun | null): { result: KvmSelfTestResult; detail: Message } {
  const expected = SELFTEST_LINES;
  if (ranToEnd(kvm)) {
    return { result: 'usable', detail: says('host:selfTest.usable', { ms: kvm.ms }) };
  }
  if (tcg && !ranToEnd(tcg)) {
    const lines = { lines: tcg.lines, expected };
    return {
      result: 'inconclusive',
      detail: tcg.stderr
        ? says('host:selfTest.inconclusiveError', { ...lines, error: lastLine(tcg.stderr) })
        : says('host:selfTest.inconclusive', lines),
    };
  }
  const control = tcg ? says('host:selfTest.control', { ms: tcg.ms }) : null;
  if (!kvm.timedOut) {
    const status = kvm.exitStatus ?? says('host:selfTest.unknownStatus');
    const stopped = kvm.stderr
      ? says('host:selfTest.failsError', { status, error: lastLine(kvm.stderr) })
      : says('host:selfTest.fails', { status });
    return { result: 'fails', detail: andThen(stopped, control) };
  }
  if (kvm.lines > 0) {
    const stalled = says('host:selfTest.stalls', { count: kvm.lines, expected, ms: kvm.ms });
    return { result: 'stalls', detail: andThen(andThen(stalled, control), says('host:selfTest.stallsWhy')) };
  }
  return { result: 'no-output', detail: andThen(says('host:selfTest.noOutput', { ms: kvm.ms }), control) };
}

const lastLine = (s: string) => s.trim().split('\n').pop()!.trim();
