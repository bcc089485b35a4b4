import { describe, expect, it } from 'vitest';
import { createI18n, tr } from '../../../shared/i18n/index.js';
import { crashMessage, reasonFromLog, startFailure } from './exit-reason.js';

describe('why QEMU ended', () => {
  it('reads a termination signal and a failed assertion from the log', () => {
    expect(reasonFromLog('qemu-system-x86_64: terminating on signal 15 from pid 4242 (kill)')?.text).toBe(
      "QEMU's log says it was terminated by signal 15 sent by pid 4242 (kill).",
    );
    expect(reasonFromLog('qemu-system-x86_64: terminating on signal 2')?.text).toBe("QEMU's log says it was terminated by signal 2.");
    expect(
      reasonFromLog("qemu-system-x86_64: ../accel/kvm/kvm-all.c:2793: kvm_buf_set_msrs: Assertion `ret == cpu->kvm_msr_buf->nmsrs' failed.")
        ?.text,
    ).toMatch(/failed assertion \(QEMU then aborts\): .*kvm_buf_set_msrs/);
    expect(reasonFromLog("qemu-system-x86_64: warning: host doesn't support requested feature")).toBeNull();
  });

  it('a child: the signal from its exit; a re-attached QEMU: says why the status is unknown', () => {
    expect(crashMessage(7, { code: null, signal: 'SIGKILL' }, false, '').text).toBe('QEMU (pid 7) ended unexpectedly (killed by SIGKILL).');
    expect(crashMessage(7, { code: 134, signal: null }, true, '').text).toBe('QEMU (pid 7) ended unexpectedly (exit code 134, aborted).');
    const unknown = crashMessage(7, null, true, 'some startup noise').text;
    expect(unknown).toMatch(
      /^QEMU \(pid 7\) ended unexpectedly\. Its exit status and signal cannot be known: it was started before VirtDesk last restarted/,
    );
    expect(unknown).toMatch(/kernel's log \(dmesg\)/);
    const fromLog = crashMessage(7, null, true, 'qemu-system-x86_64: terminating on signal 15 from pid 9').text;
    expect(fromLog).toMatch(/terminated by signal 15 sent by pid 9\./);
    expect(fromLog).not.toMatch(/dmesg/);
  });

  it('says it all in French too, sentence by sentence, with QEMU’s own words kept', () => {
    const fr = createI18n('fr');
    expect(tr(fr, crashMessage(7, { code: null, signal: 'SIGKILL' }, false, ''))).toBe(
      'QEMU (pid 7) s’est interrompu brutalement (tué par SIGKILL).',
    );
    const log = "qemu: kvm-all.c:2793: kvm_buf_set_msrs: Assertion `ret == n' failed.";
    const both = tr(fr, crashMessage(null, null, true, log));
    expect(both).toMatch(/^QEMU s’est interrompu brutalement\. Le journal de QEMU montre une assertion non vérifiée/);
    expect(both).toContain("kvm_buf_set_msrs: Assertion `ret == n' failed.");
    expect(both).toMatch(/Son code de sortie et son signal ne peuvent pas être connus/);
  });

  it('says why QEMU did not start, with its last word that is not a warning', () => {
    const log = 'qemu-system-x86_64: -device foo: warning: old option\nqemu-system-x86_64: -device foo: Device not found'; // as lastLines() gives it: no final newline
    const said = startFailure('qemu-system-x86_64', undefined, { code: 1, signal: null }, log);
    expect(said.text).toMatch(/Device not found\.?$/);
    expect(said.text).not.toMatch(/warning/);
    expect(startFailure('/no/qemu', 'ENOENT', null, '').text).toContain('/no/qemu');
  });
});
