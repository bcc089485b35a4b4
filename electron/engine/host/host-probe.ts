// What this host offers for running VMs. This first version answers only what creating and starting a
// VM needs: memory and CPU limits, whether /dev/kvm can be opened, and where QEMU is.
import fs from 'node:fs';
import os from 'node:os';
import type { HostInfo } from '../../../shared/model/index.js';
import { run } from '../process/run.js';
import { findProgram } from './find-program.js';

export interface HostProbeOptions {
  dataDir: string;
  qemuSystem?: string;
  qemuImg?: string;
}

export async function probeHost(opts: HostProbeOptions): Promise<HostInfo> {
  const system = findProgram(opts.qemuSystem ?? 'qemu-system-x86_64');
  const img = findProgram(opts.qemuImg ?? 'qemu-img');
  return {
    arch: os.machine(),
    cpuThreads: os.availableParallelism(),
    memTotalMiB: Math.floor(os.totalmem() / 2 ** 20),
    kvm: kvmAccess(),
    qemu: { system, img, version: system ? await qemuVersion(system) : null },
    dataDir: opts.dataDir,
  };
}

function kvmAccess(): HostInfo['kvm'] {
  try {
    fs.accessSync('/dev/kvm', fs.constants.R_OK | fs.constants.W_OK);
    return { usable: true, detail: '/dev/kvm is present and this user can open it.' };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      return {
        usable: false,
        detail:
          '/dev/kvm is missing: enable VT-x/AMD-V in the firmware and load kvm_intel or kvm_amd. VMs run with emulation (slower).',
      };
    }
    return {
      usable: false,
      detail: `/dev/kvm: permission denied - add your user to the kvm group ("sudo usermod -aG kvm $USER", then log in again). VMs run with emulation (slower).`,
    };
  }
}

async function qemuVersion(bin: string): Promise<string | null> {
  try {
    const { stdout } = await run(bin, ['--version'], { timeoutMs: 10_000 });
    return /version (\d+\.\d+\.\d+)/.exec(stdout)?.[1] ?? null;
  } catch {
    return null;
  }
}
