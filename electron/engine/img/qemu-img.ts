// Thin wrapper over the qemu-img command line: argv arrays, JSON output where qemu-img offers it,
// and errors that say what qemu-img said.
import { ApiError } from '../../../shared/api.js';
import { run } from '../process/run.js';

export const GiB = 1024 ** 3;

async function qemuImg(bin: string, args: string[], what: string) {
  let res;
  try {
    res = await run(bin, args, { timeoutMs: 10 * 60_000 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new ApiError('qemu', `qemu-img was not found (${bin}): install it with "apt-get install qemu-utils".`);
    }
    throw err;
  }
  if (res.code !== 0) {
    throw new ApiError('qemu', `qemu-img ${what} failed: ${res.stderr.trim() || `exit code ${res.code}`}`, {
      argv: [bin, ...args],
    });
  }
  return res.stdout;
}

/** The argv of `qemu-img create`, also shown to users who want to run it by hand. */
export function createArgs(file: string, format: 'qcow2' | 'raw', sizeBytes: number): string[] {
  return ['create', '-q', '-f', format, file, String(sizeBytes)];
}

export async function createImage(bin: string, file: string, format: 'qcow2' | 'raw', sizeBytes: number) {
  await qemuImg(bin, createArgs(file, format, sizeBytes), 'create');
}

export interface ImageInfo {
  format: string;
  'virtual-size': number;
  'actual-size'?: number;
  'backing-filename'?: string;
}

export async function imageInfo(bin: string, file: string, opts: { shared?: boolean } = {}): Promise<ImageInfo> {
  // -U: a running VM holds a lock on its disk; reading the header is still safe.
  const args = ['info', '--output=json', ...(opts.shared ? ['-U'] : []), file];
  return JSON.parse(await qemuImg(bin, args, 'info')) as ImageInfo;
}
