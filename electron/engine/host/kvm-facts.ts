// /dev/kvm and the kvm kernel modules, as the host sees them right now.
import fs from 'node:fs';
import { run } from '../process/run.js';

export interface KvmFacts {
  device: 'ok' | 'missing' | 'no-access';
  /** Group that owns /dev/kvm (usually "kvm"), for the "add yourself to it" fix. */
  deviceGroup: string | null;
  apiVersion: number | null;
  modules: string[];
  nested: boolean | null;
}

const MODULES = ['kvm', 'kvm_intel', 'kvm_amd', 'kvm_pvm'];

export async function readKvmFacts(dev = '/dev/kvm', sys = '/sys/module'): Promise<KvmFacts> {
  const modules = MODULES.filter((m) => fs.existsSync(`${sys}/${m}`));
  const nestedText = ['kvm_intel', 'kvm_amd'].map((m) => readText(`${sys}/${m}/parameters/nested`)).find((t) => t !== null);
  let device: KvmFacts['device'] = 'ok';
  let deviceGroup: string | null = null;
  try {
    deviceGroup = groupName(fs.statSync(dev).gid);
    fs.accessSync(dev, fs.constants.R_OK | fs.constants.W_OK);
  } catch (err) {
    device = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'no-access';
  }
  return {
    device,
    deviceGroup,
    apiVersion: device === 'ok' ? await kvmApiVersion(dev) : null,
    modules,
    nested: nestedText === undefined || nestedText === null ? null : /^(Y|1)/.test(nestedText),
  };
}

/**
 * KVM_GET_API_VERSION (ioctl 0xAE00) needs a native call; Node has none, so ask perl, which Debian
 * and every Linux with git installs. Without perl the version is simply unknown.
 */
async function kvmApiVersion(dev: string): Promise<number | null> {
  const script =
    'open(my $f, "+<", $ARGV[0]) or exit 2; my $v = ioctl($f, 0xAE00, 0); print defined $v ? ($v eq "0 but true" ? 0 : $v) : -1';
  try {
    const { code, stdout } = await run('perl', ['-e', script, dev], { timeoutMs: 5_000 });
    const v = Number.parseInt(stdout, 10);
    return code === 0 && v >= 0 ? v : null;
  } catch {
    return null;
  }
}

function readText(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    return null;
  }
}

function groupName(gid: number): string | null {
  const line = (readText('/etc/group') ?? '').split('\n').find((l) => l.split(':')[2] === String(gid));
  return line?.split(':')[0] ?? null;
}
