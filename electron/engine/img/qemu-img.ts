// Thin wrapper over the qemu-img command line: argv arrays, JSON output where qemu-img offers it,
// and errors that say what qemu-img said.
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import { ApiError } from '../../../shared/api.js';
import { run } from '../process/run.js';
import { lastProgress } from './convert-progress.js';

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

/** A qcow2 whose backing file is `base` (left untouched: writes go to the overlay). */
export function overlayArgs(file: string, base: string, baseFormat: string): string[] {
  return ['create', '-q', '-f', 'qcow2', '-b', base, '-F', baseFormat, file];
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

export type ImageFormat = 'qcow2' | 'raw' | 'vmdk' | 'vdi';

/** The argv of `qemu-img convert -p` (progress on stdout), also shown in the wizard's review. */
export function convertArgs(opts: { src: string; srcFormat?: string; dst: string; dstFormat: ImageFormat; compress?: boolean }): string[] {
  return [
    'convert', '-p',
    ...(opts.srcFormat ? ['-f', opts.srcFormat] : []),
    '-O', opts.dstFormat,
    ...(opts.compress && opts.dstFormat === 'qcow2' ? ['-c'] : []),
    opts.src, opts.dst,
  ];
}

/**
 * qemu-img convert with progress: onProgress gets 0..100 as qemu-img reports it. The output is written
 * to a temp name and renamed only when complete, so a failed or cancelled conversion leaves nothing.
 */
export async function convertImage(
  bin: string,
  opts: { src: string; srcFormat?: string; dst: string; dstFormat: ImageFormat; compress?: boolean; signal?: AbortSignal },
  onProgress: (percent: number) => void,
): Promise<void> {
  const partial = `${opts.dst}.partial`;
  const args = convertArgs({ ...opts, dst: partial });
  let stderr = '';
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'], signal: opts.signal });
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      const p = lastProgress(chunk);
      if (p !== null) onProgress(p);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.once('error', (err) => (err.name === 'AbortError' ? resolve(null) : reject(err)));
    child.once('exit', (c) => resolve(c));
  });
  if (code !== 0) {
    await fs.rm(partial, { force: true });
    if (code === null) throw new ApiError('conflict', 'The conversion was cancelled; nothing was written.');
    throw new ApiError('qemu', `qemu-img convert failed: ${stderr.trim() || `exit code ${code}`}`, { argv: [bin, ...args] });
  }
  await fs.rename(partial, opts.dst);
  onProgress(100);
}
