import { describe, expect, it } from 'vitest';
import { createI18n, says, tr, type Message } from '../../../shared/i18n/index.js';
import type { KvmSelfTest } from '../../../shared/model/index.js';
import { buildHostReport, type HostFacts } from './host-report.js';
import { formatHostReport, hostExitStatus } from './host-text.js';

const selfTest = (result: KvmSelfTest['result']): KvmSelfTest => ({
  result,
  detail: says('host:fact', { value: `detail of ${result}` }),
  linesExpected: 5,
  linesSeen: result === 'usable' ? 5 : 1,
  ms: 300,
  at: '2026-11-21T00:00:00.000Z',
  bootId: 'b',
  qemuVersion: '7.2.22',
  cached: false,
});

const healthy: HostFacts = {
  arch: 'x86_64',
  cpuThreads: 8,
  memTotalMiB: 16000,
  memAvailableMiB: 12000,
  cpu: { vendor: 'GenuineIntel', model: 'Intel Core', virtFlag: 'vmx', isGuest: false },
  kvm: { device: 'ok', deviceGroup: 'kvm', apiVersion: 12, modules: ['kvm', 'kvm_intel'], nested: true },
  qemu: {
    system: '/usr/bin/qemu-system-x86_64',
    img: '/usr/bin/qemu-img',
    version: '7.2.22',
    imgVersion: '7.2.22',
    accelerators: ['tcg', 'kvm'],
    virtiofsd: null,
  },
  selfTest: selfTest('usable'),
  disk: { path: '/home/ann/.local/share/virtdesk', freeBytes: 100 * 1024 ** 3, totalBytes: 500 * 1024 ** 3 },
  dataDir: '/home/ann/.local/share/virtdesk',
};
const check = (f: HostFacts, id: string) => buildHostReport(f).checks.find((c) => c.id === id)!;
/** A check's sentences as English text, the way the tests read them. */
const english = (f: HostFacts, id: string) => {
  const c = check(f, id);
  return { ...c, label: c.label.text, value: c.value.text, fix: c.fix?.text };
};
const fr = createI18n('fr');
const french = (m: Message) => tr(fr, m);

describe('host report', () => {
  it('a healthy KVM host is all green and says KVM', () => {
    const r = buildHostReport(healthy);
    expect(r.overall).toMatchObject({ mode: 'kvm', title: { text: 'KVM: hardware virtualization' } });
    expect(r.kvm.usable).toBe(true);
    expect(r.checks.filter((c) => c.verdict === 'error' || c.verdict === 'warn')).toEqual([]);
    expect(hostExitStatus(r)).toBe(0);
  });

  it('no vmx/svm on bare metal: enable it in the firmware', () => {
    const c = english({ ...healthy, cpu: { ...healthy.cpu, virtFlag: null } }, 'cpu-virt');
    expect(c).toMatchObject({ verdict: 'error', fix: expect.stringMatching(/Enable VT-x.*AMD-V.*firmware/) });
  });

  it('no access to /dev/kvm: names the group and the command that fixes it', () => {
    const f = { ...healthy, kvm: { ...healthy.kvm, device: 'no-access' as const, apiVersion: null }, selfTest: null };
    expect(check(f, 'kvm-device')).toMatchObject({ verdict: 'error', command: 'sudo usermod -aG kvm $USER' });
    expect(buildHostReport(f).overall.mode).toBe('tcg');
    expect(buildHostReport(f).kvm.detail.text).toMatch(/not in the kvm group/);
  });

  it('modules not loaded: the modprobe for this CPU vendor', () => {
    const f = { ...healthy, cpu: { ...healthy.cpu, vendor: 'AuthenticAMD' }, kvm: { ...healthy.kvm, modules: [] } };
    expect(check(f, 'kvm-modules')).toMatchObject({ verdict: 'error', command: 'sudo modprobe kvm_amd' });
  });

  it('a KVM that stalls the self-test: red, emulation only, and says why', () => {
    const f = { ...healthy, cpu: { ...healthy.cpu, virtFlag: null, isGuest: true }, selfTest: selfTest('stalls') };
    const r = buildHostReport(f);
    expect(english(f, 'kvm-selftest')).toMatchObject({ verdict: 'error', value: 'stalls: 1/5 lines' });
    expect(check(f, 'cpu-virt').verdict).toBe('warn'); // a VM: flags are hidden, not absent
    expect(r.overall).toMatchObject({ mode: 'tcg', title: { text: 'Emulation only (TCG): works, 10-50x slower' } });
    expect(r.kvm.usable).toBe(false);
    expect(hostExitStatus(r)).toBe(1);
  });

  it('no QEMU: cannot run VMs, install qemu-system-x86', () => {
    const f = { ...healthy, qemu: { ...healthy.qemu, system: null, version: null, accelerators: [] }, selfTest: null };
    const r = buildHostReport(f);
    expect(r.overall).toMatchObject({ mode: 'none', title: { text: 'Cannot run VMs: install qemu-system-x86' } });
    expect(check(f, 'qemu-system')).toMatchObject({ verdict: 'error', command: 'sudo apt-get install qemu-system-x86' });
    expect(hostExitStatus(r)).toBe(2);
  });

  it('little disk space is amber, almost none is red', () => {
    expect(check({ ...healthy, disk: { ...healthy.disk, freeBytes: 5 * 1024 ** 3 } }, 'disk').verdict).toBe('warn');
    expect(check({ ...healthy, disk: { ...healthy.disk, freeBytes: 0.5 * 1024 ** 3 } }, 'disk').verdict).toBe('error');
  });

  it('prints as text with a mark, the value and the fix of each check', () => {
    const text = formatHostReport(buildHostReport({ ...healthy, selfTest: selfTest('stalls') }));
    expect(text.split('\n')[0]).toBe('VirtDesk host check: Emulation only (TCG): works, 10-50x slower');
    expect(text).toMatch(/\[FAIL\] KVM self-test.*stalls: 1\/5 lines\n\s+-> detail of stalls/);
    expect(text).toMatch(/\[ ok \] \/dev\/kvm\s+present, readable and writable by you/);
  });

  it('writes figures in the reader’s units', () => {
    expect(english(healthy, 'memory').value).toBe('11.7 GiB available of 15.6 GiB');
    expect(english(healthy, 'disk').value).toBe('100 GiB free in /home/ann/.local/share/virtdesk');
    expect(english(healthy, 'kvm-selftest').value).toBe('passed: 5/5 lines in 300 ms');
  });
});

describe('host report in French', () => {
  const nb = '\u00a0';

  it('gives the verdict as a French virtualization course says it', () => {
    const tcg = buildHostReport({ ...healthy, kvm: { ...healthy.kvm, device: 'no-access', apiVersion: null }, selfTest: null });
    expect(french(tcg.overall.title)).toBe(`Émulation seule (TCG)${nb}: fonctionne, 10 à 50${nb}fois plus lent`);
    expect(french(tcg.overall.detail)).toBe(
      `Les machines virtuelles tournent avec l’émulateur de QEMU. /dev/kvm existe, mais cet utilisateur ne peut pas l’ouvrir (il n’est pas dans le groupe kvm).`,
    );
    expect(french(buildHostReport(healthy).overall.title)).toBe(`KVM${nb}: accélération matérielle`);
  });

  it('words each check, its value and its fix in French, the facts as they are', () => {
    const noFlag = check({ ...healthy, cpu: { ...healthy.cpu, virtFlag: null } }, 'cpu-virt');
    expect(french(noFlag.label)).toBe('Extension de virtualisation du processeur');
    expect(french(noFlag.value)).toBe('aucune (Intel)');
    expect(french(noFlag.fix!)).toMatch(/^Activez VT-x \(Intel\) ou AMD-V\/SVM dans la configuration du micrologiciel/);
    const group = check({ ...healthy, kvm: { ...healthy.kvm, device: 'no-access', deviceGroup: 'kvm' } }, 'kvm-device');
    expect(french(group.fix!)).toBe('Ajoutez votre utilisateur au groupe kvm, puis fermez la session et rouvrez-la.');
    expect(french(check(healthy, 'nested').value)).toBe('activée');
    expect(french(check(healthy, 'memory').value)).toBe(`11,7${nb}Gio disponibles sur 15,6${nb}Gio`);
    expect(french(check(healthy, 'qemu-img').label)).toBe('qemu-img');
  });

  it('explains a KVM that stalls, the self-test’s own words inside the fix', () => {
    const stalls = check({ ...healthy, selfTest: selfTest('stalls') }, 'kvm-selftest');
    expect(french(stalls.value)).toBe(`bloqué${nb}: 1/5 lignes`);
    expect(french(stalls.fix!)).toMatch(
      /^detail of stalls VirtDesk utilise l’émulation \(TCG\) pour les VM réglées sur «\u00a0auto\u00a0»/,
    );
  });

  it('prints `virtdesk host` in the terminal’s language, marks unchanged', () => {
    const text = formatHostReport(buildHostReport({ ...healthy, selfTest: selfTest('stalls') }), fr);
    expect(text.split('\n')[0]).toBe(
      `Vérification de l’hôte VirtDesk — Émulation seule (TCG)${nb}: fonctionne, 10 à 50${nb}fois plus lent`,
    );
    expect(text).toMatch(/\[ ok \] \/dev\/kvm\s+présent, lisible et inscriptible par vous/);
  });
});
