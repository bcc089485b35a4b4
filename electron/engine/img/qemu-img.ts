// Thin wrapper over the qemu-img command line: argv arrays, JSON output where qemu-img offers it,
// and errors that say what qemu-img said.
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import { ApiError } from '../../../shared/api.js';
import { says, type Message } from '../../../shared/i18n/index.js';
import { asMessage } from '../engine-messages.js';
import { run } from '../process/run.js';
import { lastProgress } from './convert-progress.js';

export const GiB = 1024 ** 3;

async function qemuImg(bin: string, args: string[], what: string) {
  let res;
  try {
    res = await run(bin, args, { timeoutMs: 10 * 60_000 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new ApiError('qemu', says('files:img.notFound', { bin }));
    }
    throw err;
  }
  if (res.code !== 0) throw new ApiError('qemu', imgFailed(what, explainImgError(res.stderr.trim()), res.code), { argv: [bin, ...args] });
  return res.stdout;
}

/** "qemu-img resize failed: <what qemu-img said>", or its exit code when it said nothing. */
const imgFailed = (what: string, detail: Message | null, code: number | null): Message =>
  says('files:img.failed', { what, detail: detail ?? says('files:img.exitCode', { code: String(code) }) });

/** qemu-img's words (English, as it wrote them), with the fix where they alone leave a person guessing; null when it said nothing. */
export function explainImgError(stderr: string): Message | null {
  if (!stderr) return null;
  if (/Failed to get "?(write|shared "?write)"? lock/i.test(stderr)) return says('files:img.locked', { stderr });
  if (/Can't resize an image which has snapshots/i.test(stderr)) return says('files:img.hasSnapshots', { stderr });
  return asMessage(stderr);
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
  filename?: string;
  format: string;
  'virtual-size': number;
  'actual-size'?: number;
  'backing-filename'?: string;
  'full-backing-filename'?: string;
  snapshots?: QcowSnapshot[];
}

/** One internal snapshot as `qemu-img info --output=json` lists it. */
export interface QcowSnapshot {
  id: string;
  name: string;
  'vm-state-size': number;
  'date-sec': number;
  'date-nsec': number;
}

export async function imageInfo(bin: string, file: string, opts: { shared?: boolean } = {}): Promise<ImageInfo> {
  // -U: a running VM holds a lock on its disk; reading the header is still safe.
  const args = ['info', '--output=json', ...(opts.shared ? ['-U'] : []), file];
  return JSON.parse(await qemuImg(bin, args, 'info')) as ImageInfo;
}

/** `qemu-img info --backing-chain`: the image itself first, then each backing file in turn. */
export async function imageChain(bin: string, file: string, opts: { shared?: boolean } = {}): Promise<ImageInfo[]> {
  const args = ['info', '--output=json', '--backing-chain', ...(opts.shared ? ['-U'] : []), file];
  return JSON.parse(await qemuImg(bin, args, 'info')) as ImageInfo[];
}

/** Grow (or, with shrink, cut) an image to sizeBytes. qemu-img refuses while a QEMU holds the lock. */
export function resizeArgs(file: string, format: string, sizeBytes: number, shrink: boolean): string[] {
  return ['resize', '-q', ...(shrink ? ['--shrink'] : []), '-f', format, file, String(sizeBytes)];
}

export async function resizeImage(bin: string, file: string, format: string, sizeBytes: number, shrink: boolean) {
  await qemuImg(bin, resizeArgs(file, format, sizeBytes, shrink), 'resize');
}

/** qemu-img check --output=json; exit 2 (corrupt), 3 (leaks) and 63 (format without checks) are answers. */
export async function checkImage(bin: string, file: string, format: string): Promise<{ code: number; output: string }> {
  const res = await run(bin, ['check', '--output=json', '-f', format, file], { timeoutMs: 10 * 60_000 });
  if (![0, 2, 3, 63].includes(res.code)) throw new ApiError('qemu', imgFailed('check', explainImgError(res.stderr.trim()), res.code));
  return { code: res.code, output: res.code === 63 ? res.stderr : res.stdout };
}

/** qemu-img snapshot -c (create), -a (apply: revert the disk), -d (delete), on a VM that is off. */
export async function snapshotImage(bin: string, file: string, op: 'create' | 'apply' | 'delete', tag: string) {
  const flag = { create: '-c', apply: '-a', delete: '-d' }[op];
  await qemuImg(bin, ['snapshot', flag, tag, file], `snapshot ${flag}`);
}

export type ImageFormat = 'qcow2' | 'raw' | 'vmdk' | 'vdi';

/** The argv of `qemu-img convert -p` (progress on stdout), also shown in the wizard's review. */
export function convertArgs(opts: { src: string; srcFormat?: string; dst: string; dstFormat: ImageFormat; compress?: boolean }): string[] {
  return [
    'convert',
    '-p',
    ...(opts.srcFormat ? ['-f', opts.srcFormat] : []),
    '-O',
    opts.dstFormat,
    ...(opts.compress && opts.dstFormat === 'qcow2' ? ['-c'] : []),
    opts.src,
    opts.dst,
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
    if (code === null) throw new ApiError('conflict', says('files:img.cancelled'));
    const said = stderr.trim();
    throw new ApiError('qemu', imgFailed('convert', said ? asMessage(said) : null, code), { argv: [bin, ...args] });
  }
  await fs.rename(partial, opts.dst);
  onProgress(100);
}
