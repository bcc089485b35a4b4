// Facts about the host -> the Host page: one check per line with a verdict and the fix, and the
// overall answer to "can this machine run VMs, and how fast?". Pure: every verdict is unit tested.
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

const GiB = 1024 ** 3;

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
    return { mode: 'none', title: 'Cannot run VMs: install qemu-system-x86', detail: 'qemu-system-x86_64 was not found on PATH.' };
  }
  if (usable) return { mode: 'kvm', title: 'KVM: hardware virtualization', detail: 'VMs run at close to native speed.' };
  return {
    mode: 'tcg',
    title: 'Emulation only (TCG): works, 10-50x slower',
    detail: `VMs run with QEMU's emulator. ${kvmDetail(f)}`,
  };
}

/** One sentence on why KVM is or is not used, for tooltips and the New VM dialog. */
function kvmDetail(f: HostFacts): string {
  if (f.selfTest?.result === 'usable') return 'KVM passed the self-test: VMs use hardware virtualization.';
  if (f.kvm.device === 'missing') return '/dev/kvm is missing, so KVM cannot be used.';
  if (f.kvm.device === 'no-access')
    return `/dev/kvm is there but this user cannot open it (not in the ${f.kvm.deviceGroup ?? 'kvm'} group).`;
  if (!f.selfTest || f.selfTest.result === 'not-run') return 'KVM has not been tested yet.';
  return `/dev/kvm opens, but KVM failed the self-test: ${f.selfTest.detail}`;
}

function archCheck(f: HostFacts): HostCheck {
  const ok = f.arch === 'x86_64';
  return {
    id: 'arch',
    label: 'Architecture (uname -m)',
    verdict: ok ? 'ok' : 'warn',
    value: f.arch,
    fix: ok ? undefined : 'VirtDesk runs x86_64 guests; on this architecture QEMU emulates every instruction (slow).',
  };
}

function cpuVirtCheck(cpu: CpuFacts): HostCheck {
  const base = { id: 'cpu-virt' as const, label: 'CPU virtualization flag' };
  const vendor = cpu.vendor === 'GenuineIntel' ? 'Intel' : cpu.vendor === 'AuthenticAMD' ? 'AMD' : (cpu.vendor ?? 'unknown vendor');
  if (cpu.virtFlag === 'vmx') return { ...base, verdict: 'ok', value: 'vmx (Intel VT-x)' };
  if (cpu.virtFlag === 'svm') return { ...base, verdict: 'ok', value: 'svm (AMD-V)' };
  if (cpu.isGuest) {
    return {
      ...base,
      verdict: 'warn',
      value: `none shown (${vendor}; this host is itself a virtual machine)`,
      fix: 'KVM inside a VM needs nested virtualization on the outer host; the self-test below shows whether it works.',
    };
  }
  return {
    ...base,
    verdict: 'error',
    value: `none (${vendor})`,
    fix: 'Enable VT-x (Intel) or AMD-V/SVM in the firmware (BIOS/UEFI) setup, then reboot.',
    command: "grep -Ec '(vmx|svm)' /proc/cpuinfo",
  };
}

function modulesCheck(f: HostFacts): HostCheck {
  const base = { id: 'kvm-modules' as const, label: 'KVM kernel modules' };
  const vendorModule = f.cpu.vendor === 'AuthenticAMD' ? 'kvm_amd' : 'kvm_intel';
  const backend = f.kvm.modules.find((m) => m !== 'kvm');
  if (f.kvm.modules.includes('kvm') && backend) {
    const note = backend === 'kvm_pvm' ? ' (PVM: KVM for hosts that are themselves VMs, without VT-x)' : '';
    return { ...base, verdict: 'ok', value: `${f.kvm.modules.join(', ')}${note}` };
  }
  return {
    ...base,
    verdict: 'error',
    value: f.kvm.modules.length ? f.kvm.modules.join(', ') : 'not loaded',
    fix: `Load the module for this CPU (${vendorModule}); if that fails, virtualization is off in the firmware.`,
    command: `sudo modprobe ${vendorModule}`,
  };
}

function nestedCheck(f: HostFacts): HostCheck {
  const base = { id: 'nested' as const, label: 'Nested virtualization (for KVM inside your VMs)' };
  if (f.kvm.nested === null) return { ...base, verdict: 'info', value: 'not applicable (kvm_intel/kvm_amd not loaded)' };
  return { ...base, verdict: 'info', value: f.kvm.nested ? 'on' : 'off' };
}

function deviceCheck(kvm: KvmFacts): HostCheck {
  const base = { id: 'kvm-device' as const, label: '/dev/kvm' };
  if (kvm.device === 'ok') return { ...base, verdict: 'ok', value: 'present, readable and writable by you' };
  if (kvm.device === 'missing') {
    return { ...base, verdict: 'error', value: 'missing', fix: 'Load the KVM modules (see above); /dev/kvm appears with them.' };
  }
  const group = kvm.deviceGroup ?? 'kvm';
  return {
    ...base,
    verdict: 'error',
    value: `present, but you cannot open it (owned by group ${group})`,
    fix: `Add your user to the ${group} group, then log out and in again.`,
    command: `sudo usermod -aG ${group} $USER`,
  };
}

function apiCheck(f: HostFacts): HostCheck {
  const base = { id: 'kvm-api' as const, label: 'KVM API version' };
  if (f.kvm.apiVersion === 12) return { ...base, verdict: 'ok', value: '12' };
  if (f.kvm.apiVersion === null) {
    return {
      ...base,
      verdict: f.kvm.device === 'ok' ? 'warn' : 'info',
      value: f.kvm.device === 'ok' ? 'unknown (perl is needed to ask)' : 'not available',
    };
  }
  return { ...base, verdict: 'error', value: String(f.kvm.apiVersion), fix: 'QEMU needs KVM API version 12; update the kernel.' };
}

function selfTestCheck(f: HostFacts): HostCheck {
  const base = { id: 'kvm-selftest' as const, label: 'KVM self-test (a tiny guest run under KVM)' };
  const t = f.selfTest;
  if (!t || t.result === 'not-run') {
    return { ...base, verdict: 'info', value: f.kvm.device === 'ok' ? 'not run yet' : 'not run: /dev/kvm cannot be used' };
  }
  const when = t.cached ? ` (result from ${new Date(t.at).toLocaleString()}, this boot)` : '';
  if (t.result === 'usable')
    return { ...base, verdict: 'ok', value: `passed: ${t.linesSeen}/${t.linesExpected} lines in ${t.ms} ms${when}` };
  if (t.result === 'inconclusive') return { ...base, verdict: 'warn', value: `inconclusive${when}`, fix: t.detail };
  return {
    ...base,
    verdict: 'error',
    value: `${t.result}: ${t.linesSeen}/${t.linesExpected} lines${when}`,
    fix: `${t.detail} VirtDesk uses emulation (TCG) for VMs set to "auto". If this host is a VM, enable nested virtualization on the outer host.`,
  };
}

function programCheck(id: 'qemu-system' | 'qemu-img', name: string, file: string | null, version: string | null, pkg: string): HostCheck {
  if (!file) {
    return {
      id,
      label: name,
      verdict: 'error',
      value: 'not found',
      fix: `Install it (Debian/Ubuntu package ${pkg}).`,
      command: `sudo apt-get install ${pkg}`,
    };
  }
  return { id, label: name, verdict: 'ok', value: `${file}${version ? `, version ${version}` : ''}` };
}

function accelCheck(f: HostFacts): HostCheck {
  const base = { id: 'accelerators' as const, label: 'Accelerators QEMU offers (-accel help)' };
  if (!f.qemu.system) return { ...base, verdict: 'info', value: 'unknown: QEMU is not installed' };
  const list = f.qemu.accelerators.join(', ') || 'none';
  if (!f.qemu.accelerators.includes('kvm')) {
    return { ...base, verdict: 'warn', value: list, fix: "This QEMU was built without KVM support: install Debian's qemu-system-x86." };
  }
  return { ...base, verdict: 'ok', value: list };
}

function memoryCheck(f: HostFacts): HostCheck {
  const value = `${f.memAvailableMiB} MiB available of ${f.memTotalMiB} MiB`;
  if (f.memAvailableMiB < 512) {
    return {
      id: 'memory',
      label: 'Free memory',
      verdict: 'warn',
      value,
      fix: 'Little memory is free: close programs or give VMs less memory.',
    };
  }
  return { id: 'memory', label: 'Free memory', verdict: 'ok', value };
}

function diskCheck(f: HostFacts): HostCheck {
  const free = f.disk.freeBytes / GiB;
  const value = `${free.toFixed(1)} GiB free in ${f.disk.path}`;
  if (free < 1)
    return { id: 'disk', label: 'Free disk space', verdict: 'error', value, fix: 'Free some space: new disks and snapshots will fail.' };
  if (free < 10)
    return { id: 'disk', label: 'Free disk space', verdict: 'warn', value, fix: 'Disks grow as guests write: leave room for them.' };
  return { id: 'disk', label: 'Free disk space', verdict: 'ok', value };
}
