// What a self-test run means. Pure, so every outcome is unit tested without a broken host at hand.
import type { KvmSelfTestResult } from '../../../../shared/model/index.js';
import { CLEAN_EXIT_STATUS, SELFTEST_LINES } from './boot-sector.js';
import type { BootSectorRun } from './run-boot-sector.js';

export function ranToEnd(run: BootSectorRun): boolean {
  return run.lines === SELFTEST_LINES && run.exitStatus === CLEAN_EXIT_STATUS;
}

/** kvm: the run under KVM; tcg: the control run under emulation (only made when KVM did not pass). */
export function classifySelfTest(kvm: BootSectorRun, tcg: BootSectorRun | null): { result: KvmSelfTestResult; detail: string } {
  if (ranToEnd(kvm)) {
    return { result: 'usable', detail: `KVM ran the test guest to the end in ${kvm.ms} ms.` };
  }
  if (tcg && !ranToEnd(tcg)) {
    return {
      result: 'inconclusive',
      detail: `The test guest did not finish under emulation either (${tcg.lines}/${SELFTEST_LINES} lines${tcg.stderr ? `: ${lastLine(tcg.stderr)}` : ''}), so this says nothing about KVM. Please report it.`,
    };
  }
  const control = tcg ? ` Emulation ran the same guest to the end in ${tcg.ms} ms.` : '';
  if (!kvm.timedOut) {
    return {
      result: 'fails',
      detail: `QEMU stopped under KVM (exit status ${kvm.exitStatus ?? 'unknown'})${kvm.stderr ? `: ${lastLine(kvm.stderr)}` : ''}.${control}`,
    };
  }
  if (kvm.lines > 0) {
    return {
      result: 'stalls',
      detail:
        `Under KVM the test guest printed ${kvm.lines} of ${SELFTEST_LINES} lines, then stalled for ${kvm.ms} ms.${control} ` +
        'Guests such as Linux would hang while booting. This is typical of broken nested virtualization.',
    };
  }
  return { result: 'no-output', detail: `Under KVM the test guest printed nothing within ${kvm.ms} ms.${control}` };
}

const lastLine = (s: string) => s.trim().split('\n').pop()!.trim();
