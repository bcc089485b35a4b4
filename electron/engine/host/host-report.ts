// Facts about the host -> the Host page: one check per line with a verdict and the fix, and the
// overall answer to "can this machine run VMs, and how fast?". Pure: every verdict is unit tested.
// Every sentence is a Message (host:check.*), so the page and `virtdesk host` speak their reader's
// language; names, paths and versions are parameters, as they are.
import { says, type Message } from '../../../shared/i18n/index.js';
import type { HostCheck, HostInfo, KvmSelfTest } from '../../../shared/model/index.js';
import type { CpuFacts } from './cpuinfo.js';
import type { KvmFacts } from './kvm-facts.js';

export interface HostFacts {
  arch: string;
  cpuThreads: number;
  memTotalMiB: number;
  memAvailableMiB: number;
  cpu: CpuFacts;
  kvm: KvmFacts;
  qemu: HostInfo['qemu'];
  selfTest: KvmSelfTest | null;
  disk: HostInfo['disk'];
  dataDir: string;
}

/** A value or label that is a plain fact in every language: "x86_64", "12", a program's path. */
const fact = (value: string): Message => says('host:fact', { value });

export function buildHostReport(f: HostFacts): HostInfo {
  const usable = f.selfTest?.result === 'usable';
  const checks: HostCheck[] = [
    archCheck(f),
    cpuVirtCheck(f.cpu),
    modulesCheck(f),
    nestedCheck(f),
    deviceCheck(f.kvm),
    apiCheck(f),
    selfTestCheck(f),
    programCheck('qemu-system', 'qemu-system-x86_64', f.qemu.system, f.qemu.version, 'qemu-system-x86'),
    programCheck('qemu-img', 'qemu-img', f.qemu.img, f.qemu.imgVersion, 'qemu-utils'),
    accelCheck(f),
    memoryCheck(f),
    diskCheck(f),
  ];
  return {
    arch: f.arch,
    cpuThreads: f.cpuThreads,
    memTotalMiB: f.memTotalMiB,
    memAvailableMiB: f.memAvailableMiB,
    cpu: { vendor: f.cpu.vendor, model: f.cpu.model, virtFlag: f.cpu.virtFlag },
    kvm: {
      usable,
      detail: kvmDetail(f),
      device: f.kvm.device,
      apiVersion: f.kvm.apiVersion,
      modules: f.kvm.modules,
      nested: f.kvm.nested,
      isGuest: f.cpu.isGuest,
      selfTest: f.selfTest,
    },
    qemu: f.qemu,
    disk: f.disk,
    checks,
    overall: overall(f, usable),
    dataDir: f.dataDir,
  };
}

function overall(f: HostFacts, usable: boolean): HostInfo['overall'] {
  if (!f.qemu.system) {
    return { mode: 'none', title: says('host:overall.none.title'), detail: says('host:overall.none.detail') };
  }
  if (usable) return { mode: 'kvm', title: says('host:overall.kvm.title'), detail: says('host:overall.kvm.detail') };
  return { mode: 'tcg', title: says('host:overall.tcg.title'), detail: says('host:overall.tcg.detail', { why: kvmDetail(f) }) };
}

/** One sentence on why KVM is or is not used, for tooltips and the New VM dialog. */
function kvmDetail(f: HostFacts): Message {
  if (f.selfTest?.result === 'usable') return says('host:kvm.usable');
  if (f.kvm.device === 'missing') return says('host:kvm.missing');
  if (f.kvm.device === 'no-access') return says('host:kvm.noAccess', { group: f.kvm.deviceGroup ?? 'kvm' });
  if (!f.selfTest || f.selfTest.result === 'not-run') return says('host:kvm.untested');
  return says('host:kvm.failed', { detail: f.selfTest.detail });
}

function archCheck(f: HostFacts): HostCheck {
  const ok = f.arch === 'x86_64';
  return {
    id: 'arch',
    label: says('host:check.arch.label'),
    verdict: ok ? 'ok' : 'warn',
    value: fact(f.arch),
    fix: ok ? undefined : says('host:check.arch.fix'),
  };
}

function cpuVirtCheck(cpu: CpuFacts): HostCheck {
  const base = { id: 'cpu-virt' as const, label: says('host:check.cpuVirt.label') };
  const vendor =
    cpu.vendor === 'GenuineIntel'
      ? 'Intel'
      : cpu.vendor === 'AuthenticAMD'
        ? 'AMD'
        : (cpu.vendor ?? says('host:check.cpuVirt.unknownVendor'));
  if (cpu.virtFlag === 'vmx') return { ...base, verdict: 'ok', value: says('host:check.cpuVirt.vmx') };
  if (cpu.virtFlag === 'svm') return { ...base, verdict: 'ok', value: says('host:check.cpuVirt.svm') };
  if (cpu.isGuest) {
    return {
      ...base,
      verdict: 'warn',
      value: says('host:check.cpuVirt.hidden', { vendor }),
      fix: says('host:check.cpuVirt.hiddenFix'),
    };
  }
  return {
    ...base,
    verdict: 'error',
    value: says('host:check.cpuVirt.none', { vendor }),
    fix: says('host:check.cpuVirt.noneFix'),
    command: "grep -Ec '(vmx|svm)' /proc/cpuinfo",
  };
}

function modulesCheck(f: HostFacts): HostCheck {
  const base = { id: 'kvm-modules' as const, label: says('host:check.modules.label') };
  const vendorModule = f.cpu.vendor === 'AuthenticAMD' ? 'kvm_amd' : 'kvm_intel';
  const backend = f.kvm.modules.find((m) => m !== 'kvm');
  const modules = f.kvm.modules.join(', ');
  if (f.kvm.modules.includes('kvm') && backend) {
    const value = backend === 'kvm_pvm' ? says('host:check.modules.pvm', { modules }) : fact(modules);
    return { ...base, verdict: 'ok', value };
  }
  return {
    ...base,
    verdict: 'error',
    value: modules ? fact(modules) : says('host:check.modules.notLoaded'),
    fix: says('host:check.modules.fix', { module: vendorModule }),
    command: `sudo modprobe ${vendorModule}`,
  };
}

function nestedCheck(f: HostFacts): HostCheck {
  const base = { id: 'nested' as const, label: says('host:check.nested.label') };
  if (f.kvm.nested === null) return { ...base, verdict: 'info', value: says('host:check.nested.notApplicable') };
  return { ...base, verdict: 'info', value: says(f.kvm.nested ? 'host:check.nested.on' : 'host:check.nested.off') };
}

function deviceCheck(kvm: KvmFacts): HostCheck {
  const base = { id: 'kvm-device' as const, label: says('host:check.device.label') };
  if (kvm.device === 'ok') return { ...base, verdict: 'ok', value: says('host:check.device.ok') };
  if (kvm.device === 'missing') {
    return { ...base, verdict: 'error', value: says('host:check.device.missing'), fix: says('host:check.device.missingFix') };
  }
  const group = kvm.deviceGroup ?? 'kvm';
  return {
    ...base,
    verdict: 'error',
    value: says('host:check.device.noAccess', { group }),
    fix: says('host:check.device.noAccessFix', { group }),
    command: `sudo usermod -aG ${group} $USER`,
  };
}

function apiCheck(f: HostFacts): HostCheck {
  const base = { id: 'kvm-api' as const, label: says('host:check.api.label') };
  if (f.kvm.apiVersion === 12) return { ...base, verdict: 'ok', value: fact('12') };
  if (f.kvm.apiVersion === null) {
    return f.kvm.device === 'ok'
      ? { ...base, verdict: 'warn', value: says('host:check.api.unknown') }
      : { ...base, verdict: 'info', value: says('host:check.api.notAvailable') };
  }
  return { ...base, verdict: 'error', value: fact(String(f.kvm.apiVersion)), fix: says('host:check.api.fix') };
}

const RESULT_WORD = {
  stalls: 'host:selfTest.result.stalls',
  fails: 'host:selfTest.result.fails',
  'no-output': 'host:selfTest.result.noOutput',
} as const;

function selfTestCheck(f: HostFacts): HostCheck {
  const base = { id: 'kvm-selftest' as const, label: says('host:check.selfTest.label') };
  const t = f.selfTest;
  if (!t || t.result === 'not-run') {
    return {
      ...base,
      verdict: 'info',
      value: says(f.kvm.device === 'ok' ? 'host:check.selfTest.notRun' : 'host:check.selfTest.cannotRun'),
    };
  }
  // A cached result says when it was found, in the reader's own date and time format.
  const when = (value: Message) => (t.cached ? says('host:check.selfTest.cached', { value, at: Date.parse(t.at) }) : value);
  const lines = { seen: t.linesSeen, expected: t.linesExpected };
  if (t.result === 'usable') return { ...base, verdict: 'ok', value: when(says('host:check.selfTest.passed', { ...lines, ms: t.ms })) };
  if (t.result === 'inconclusive') {
    return { ...base, verdict: 'warn', value: when(says('host:check.selfTest.inconclusive')), fix: t.detail };
  }
  return {
    ...base,
    verdict: 'error',
    value: when(says('host:check.selfTest.failed', { ...lines, result: says(RESULT_WORD[t.result]) })),
    fix: says('host:check.selfTest.failedFix', { detail: t.detail }),
  };
}

function programCheck(id: 'qemu-system' | 'qemu-img', name: string, file: string | null, version: string | null, pkg: string): HostCheck {
  const label = fact(name);
  if (!file) {
    return {
      id,
      label,
      verdict: 'error',
      value: says('host:check.program.notFound'),
      fix: says('host:check.program.fix', { pkg }),
      command: `sudo apt-get install ${pkg}`,
    };
  }
  return { id, label, verdict: 'ok', value: version ? says('host:check.program.found', { file, version }) : fact(file) };
}

function accelCheck(f: HostFacts): HostCheck {
  const base = { id: 'accelerators' as const, label: says('host:check.accel.label') };
  if (!f.qemu.system) return { ...base, verdict: 'info', value: says('host:check.accel.unknown') };
  const list = f.qemu.accelerators.length ? fact(f.qemu.accelerators.join(', ')) : says('host:check.accel.none');
  if (!f.qemu.accelerators.includes('kvm')) {
    return { ...base, verdict: 'warn', value: list, fix: says('host:check.accel.noKvmFix') };
  }
  return { ...base, verdict: 'ok', value: list };
}

function memoryCheck(f: HostFacts): HostCheck {
  const base = { id: 'memory' as const, label: says('host:check.memory.label') };
  const value = says('host:check.memory.value', { available: f.memAvailableMiB, total: f.memTotalMiB });
  if (f.memAvailableMiB < 512) return { ...base, verdict: 'warn', value, fix: says('host:check.memory.fix') };
  return { ...base, verdict: 'ok', value };
}

const GiB = 1024 ** 3;

function diskCheck(f: HostFacts): HostCheck {
  const base = { id: 'disk' as const, label: says('host:check.disk.label') };
  const value = says('host:check.disk.value', { free: f.disk.freeBytes, path: f.disk.path });
  if (f.disk.freeBytes < GiB) return { ...base, verdict: 'error', value, fix: says('host:check.disk.fullFix') };
  if (f.disk.freeBytes < 10 * GiB) return { ...base, verdict: 'warn', value, fix: says('host:check.disk.lowFix') };
  return { ...base, verdict: 'ok', value };
}
