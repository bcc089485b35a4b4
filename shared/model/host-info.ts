// What the host offers for running VMs: the Host page, `virtdesk host`, and the accelerator "auto".
// Every sentence is a Message (a catalog key with its English text): the Host page and the command
// line show it in their reader's language.
import type { Message } from '../i18n/message.js';

/** ok = green, warn = amber, error = red, info = neutral (a fact, not a judgement). */
export type Verdict = 'ok' | 'warn' | 'error' | 'info';

/** One line of the Host page, like a line of kvm-ok with the fix spelled out. */
export interface HostCheck {
  id:
    | 'arch'
    | 'cpu-virt'
    | 'kvm-modules'
    | 'nested'
    | 'kvm-device'
    | 'kvm-api'
    | 'kvm-selftest'
    | 'qemu-system'
    | 'qemu-img'
    | 'accelerators'
    | 'memory'
    | 'disk';
  label: Message;
  verdict: Verdict;
  /** What was found, e.g. "x86_64", "vmx (Intel VT-x)", "12". */
  value: Message;
  /** What to do about it, when there is something to do. */
  fix?: Message;
  /** The shell command that fixes it or shows more, for copying. */
  command?: string;
}

export type KvmSelfTestResult =
  | 'usable' // the whole test sequence arrived under KVM
  | 'stalls' // it started printing under KVM, then stopped (seen with broken nested virtualization)
  | 'fails' // QEMU refused or aborted under KVM
  | 'no-output' // nothing arrived under KVM before the deadline
  | 'inconclusive' // the same test also failed under emulation: VirtDesk's test, not KVM, is at fault
  | 'not-run'; // no /dev/kvm access or no QEMU: nothing to test

export interface KvmSelfTest {
  result: KvmSelfTestResult;
  detail: Message;
  linesExpected: number;
  /** Lines that arrived under KVM before the deadline. */
  linesSeen: number;
  ms: number;
  /** ISO date of the run. */
  at: string;
  /** The cache key parts: a result holds for one boot of the host and one QEMU version. */
  bootId: string;
  qemuVersion: string;
  /** True when this result was read from the cache rather than run now. */
  cached: boolean;
}

export interface HostInfo {
  arch: string;
  cpuThreads: number;
  memTotalMiB: number;
  memAvailableMiB: number;
  cpu: { vendor: string | null; model: string | null; virtFlag: 'vmx' | 'svm' | null };
  kvm: {
    /** KVM can run guests here: the self-test passed. The accelerator "auto" follows this. */
    usable: boolean;
    /** One sentence: why (not). */
    detail: Message;
    device: 'ok' | 'missing' | 'no-access';
    apiVersion: number | null;
    /** Loaded kernel modules among kvm, kvm_intel, kvm_amd. */
    modules: string[];
    /** Nested virtualization enabled in the loaded kvm_intel/kvm_amd (null: not loaded). */
    nested: boolean | null;
    /** True when this host is itself a VM (CPUID hypervisor flag). */
    isGuest: boolean;
    selfTest: KvmSelfTest | null;
  };
  qemu: {
    system: string | null;
    img: string | null;
    version: string | null;
    imgVersion: string | null;
    /** From `-accel help`, e.g. ["kvm", "tcg"]. */
    accelerators: string[];
    /**
     * The virtiofsd that can serve shared folders for the engine's user, or null: then shared folders
     * use 9p (shared/shared-folders.ts). QEMU 7.2's C virtiofsd needs root for its sandbox.
     */
    virtiofsd: string | null;
  };
  disk: { path: string; freeBytes: number; totalBytes: number };
  /** The lines of the Host page, in order. */
  checks: HostCheck[];
  overall: {
    mode: 'kvm' | 'tcg' | 'none';
    /** "KVM: hardware virtualization" / "Emulation only (TCG): works, 10-50x slower" / "Cannot run VMs: ..." */
    title: Message;
    detail: Message;
  };
  dataDir: string;
}

/** What this QEMU binary offers, read from its own help output (cached per binary and version). */
export interface QemuCapabilities {
  binary: string;
  version: string;
  machines: Array<{
    name: string;
    description: string;
    /** `pc` is an alias of `pc-i440fx-7.2`: alias holds "pc" on the versioned entry. */
    alias: string | null;
    isDefault: boolean;
    deprecated: boolean;
  }>;
  cpus: Array<{ name: string; description: string }>;
  /** From `-device help`, grouped by QEMU's own categories ("Network devices", "Display devices", ...). */
  devices: Array<{ name: string; category: string; bus: string | null; description: string | null; alias: string | null }>;
  accelerators: string[];
  firmware: Array<{
    kind: 'bios' | 'uefi';
    name: string;
    path: string;
    /** UEFI: the template each VM copies for its own writable variable store. */
    varsTemplate: string | null;
    secureBoot: boolean;
  }>;
}
