// Gathers the facts about this host (kernel files, /dev/kvm, QEMU) and turns them into the report.
// The KVM self-test is the slow part (up to a few seconds, once per host boot): it runs only where
// KVM could work at all, and its result is cached.
import fs from 'node:fs/promises';
import os from 'node:os';
import type { HostInfo, KvmSelfTest } from '../../../shared/model/index.js';
import { run } from '../process/run.js';
import { parseCpuinfo } from './cpuinfo.js';
import { findProgram } from './find-program.js';
import { buildHostReport, type HostFacts } from './host-report.js';
import { readKvmFacts } from './kvm-facts.js';
import { kvmSelfTest } from './kvm-selftest/kvm-selftest.js';
import { readQemuCapabilities } from './qemu-caps.js';
import { VIRTIOFSD } from '../argv/shared-folder-args.js';

export interface HostProbeOptions {
  dataDir: string;
  cacheDir: string;
  qemuSystem?: string;
  qemuImg?: string;
  /** virtiofsd's path; VIRTDESK_VIRTIOFSD or QEMU's own (/usr/lib/qemu/virtiofsd) by default. */
  virtiofsd?: string;
  /** Run the KVM self-test even if a cached result exists. */
  rerunSelfTest?: boolean;
}

export async function probeHost(opts: HostProbeOptions): Promise<HostInfo> {
  return buildHostReport(await gatherFacts(opts));
}

export async function gatherFacts(opts: HostProbeOptions): Promise<HostFacts> {
  const system = findProgram(opts.qemuSystem ?? 'qemu-system-x86_64');
  const img = findProgram(opts.qemuImg ?? 'qemu-img');
  const [cpuinfo, meminfo, kvm, version, imgVersion, disk] = await Promise.all([
    fs.readFile('/proc/cpuinfo', 'utf8').catch(() => ''),
    fs.readFile('/proc/meminfo', 'utf8').catch(() => ''),
    readKvmFacts(),
    system ? programVersion(system) : null,
    img ? programVersion(img) : null,
    diskSpace(opts.dataDir),
  ]);
  const accelerators =
    system && version
      ? await readQemuCapabilities(system, { cacheDir: opts.cacheDir, version }).then(
          (c) => c.accelerators,
          () => [],
        )
      : [];
  let selfTest: KvmSelfTest | null = null;
  if (system && version && kvm.device === 'ok' && accelerators.includes('kvm')) {
    selfTest = await kvmSelfTest({ qemu: system, qemuVersion: version, cacheDir: opts.cacheDir, force: opts.rerunSelfTest });
  }
  const memAvailKiB = Number(/^MemAvailable:\s+(\d+)/m.exec(meminfo)?.[1] ?? os.freemem() / 1024);
  return {
    arch: os.machine(),
    cpuThreads: os.availableParallelism(),
    memTotalMiB: Math.floor(os.totalmem() / 2 ** 20),
    memAvailableMiB: Math.floor(memAvailKiB / 1024),
    cpu: parseCpuinfo(cpuinfo),
    kvm,
    qemu: {
      system,
      img,
      version,
      imgVersion,
      accelerators,
      virtiofsd: usableVirtiofsd(opts.virtiofsd ?? process.env.VIRTDESK_VIRTIOFSD ?? VIRTIOFSD),
    },
    selfTest,
    disk,
    dataDir: opts.dataDir,
  };
}

/**
 * virtiofsd, when it can run for this user. The C virtiofsd of QEMU 7.2 sandboxes itself in new mount,
 * pid and net namespaces (or a chroot): without root it stops at once ("unshare(CLONE_NEWPID |
 * CLONE_NEWNS): Operation not permitted"), so for anyone else shared folders use 9p.
 */
export function usableVirtiofsd(file: string, euid: number | undefined = process.geteuid?.()): string | null {
  return euid === 0 ? findProgram(file) : null;
}

async function programVersion(bin: string): Promise<string | null> {
  try {
    const { stdout } = await run(bin, ['--version'], { timeoutMs: 10_000 });
    return /version (\d+\.\d+(?:\.\d+)?)/.exec(stdout)?.[1] ?? null;
  } catch {
    return null;
  }
}

async function diskSpace(dir: string): Promise<HostInfo['disk']> {
  try {
    const s = await fs.statfs(dir);
    return { path: dir, freeBytes: s.bavail * s.bsize, totalBytes: s.blocks * s.bsize };
  } catch {
    return { path: dir, freeBytes: 0, totalBytes: 0 };
  }
}
