// Does KVM actually run guests here? Neither CPU flags nor an openable /dev/kvm prove it, so run a
// tiny guest under KVM and see. The answer holds for one boot of the host and one QEMU version, so
// it is cached on disk under that key; "Run again" on the Host page ignores the cache.
import fs from 'node:fs/promises';
import path from 'node:path';
import { isMessage } from '../../../../shared/i18n/index.js';
import type { KvmSelfTest } from '../../../../shared/model/index.js';
import { writeFileAtomic } from '../../store/atomic-write.js';
import { SELFTEST_LINES } from './boot-sector.js';
import { classifySelfTest, ranToEnd } from './classify.js';
import { runBootSector } from './run-boot-sector.js';

/** Working KVM finishes in well under a second; emulation in about one. */
export const KVM_DEADLINE_MS = 5_000;
const TCG_DEADLINE_MS = 15_000;
const CACHE_FILE = 'kvm-selftest.json';

export interface SelfTestOptions {
  qemu: string;
  qemuVersion: string;
  cacheDir: string;
  /** Ignore the cache (the user asked to run it again). */
  force?: boolean;
}

export async function kvmSelfTest(opts: SelfTestOptions): Promise<KvmSelfTest> {
  const bootId = await readBootId();
  const cacheFile = path.join(opts.cacheDir, CACHE_FILE);
  if (!opts.force) {
    const cached = await readCache(cacheFile);
    if (cached && cached.bootId === bootId && cached.qemuVersion === opts.qemuVersion) return { ...cached, cached: true };
  }
  const kvm = await runBootSector(opts.qemu, 'kvm', KVM_DEADLINE_MS);
  // The control run tells "KVM is broken" from "the test itself is broken"; only needed on failure.
  const tcg = ranToEnd(kvm) ? null : await runBootSector(opts.qemu, 'tcg', TCG_DEADLINE_MS);
  const { result, detail } = classifySelfTest(kvm, tcg);
  const outcome: KvmSelfTest = {
    result,
    detail,
    linesExpected: SELFTEST_LINES,
    linesSeen: kvm.lines,
    ms: kvm.ms,
    at: new Date().toISOString(),
    bootId,
    qemuVersion: opts.qemuVersion,
    cached: false,
  };
  // An inconclusive run is not cached: it says nothing about this boot of the host.
  if (result !== 'inconclusive') {
    await fs.mkdir(opts.cacheDir, { recursive: true });
    await writeFileAtomic(cacheFile, `${JSON.stringify(outcome, null, 2)}\n`);
  }
  return outcome;
}

async function readBootId(): Promise<string> {
  return (await fs.readFile('/proc/sys/kernel/random/boot_id', 'utf8').catch(() => 'unknown')).trim();
}

async function readCache(file: string): Promise<KvmSelfTest | null> {
  try {
    const v = JSON.parse(await fs.readFile(file, 'utf8')) as KvmSelfTest;
    // A result from before the detail became a Message is simply run again.
    return typeof v.result === 'string' && typeof v.bootId === 'string' && isMessage(v.detail) ? v : null;
  } catch {
    return null;
  }
}
