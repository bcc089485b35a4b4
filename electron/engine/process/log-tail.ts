import fs from 'node:fs/promises';
import fsSync from 'node:fs';

/** The last `bytes` of a file (empty if it does not exist), e.g. to replay a console or show a crash. */
export async function readTail(file: string, bytes: number): Promise<Buffer> {
  let fh;
  try {
    fh = await fs.open(file, 'r');
  } catch {
    return Buffer.alloc(0);
  }
  try {
    const { size } = await fh.stat();
    const len = Math.min(size, bytes);
    const buf = Buffer.alloc(len);
    await fh.read(buf, 0, len, size - len);
    return buf;
  } finally {
    await fh.close();
  }
}

/** The last `count` non-empty lines of a log, for error messages. */
export async function lastLines(file: string, count = 12): Promise<string> {
  const text = (await readTail(file, 8192)).toString('utf8');
  return text
    .split('\n')
    .map((l) => l.trimEnd())
    .filter(Boolean)
    .slice(-count)
    .join('\n');
}

/**
 * Bytes [start, end) of a log, at most the last `max` of them (empty if it does not exist).
 * Synchronous: the console relay reads it between a keeper's answer and the next output it relays,
 * which must not overtake it.
 */
export function readRangeSync(file: string, start: number, end: number, max = Infinity): Buffer {
  const from = Math.max(start, end - max, 0);
  let fd: number;
  try {
    fd = fsSync.openSync(file, 'r');
  } catch {
    return Buffer.alloc(0);
  }
  try {
    const buf = Buffer.alloc(Math.max(0, end - from));
    const n = fsSync.readSync(fd, buf, 0, buf.length, from);
    return buf.subarray(0, n);
  } finally {
    fsSync.closeSync(fd);
  }
}

/**
 * The last `bytes` bytes of a log before offset `end`, reaching into the rotated file.1 when the log
 * was rotated less than `bytes` ago. Synchronous, as readRangeSync.
 */
export function readLogBeforeSync(file: string, end: number, bytes: number): Buffer {
  const current = readRangeSync(file, 0, end, bytes);
  const short = bytes - current.length;
  if (short <= 0 || end > current.length) return current;
  let size = 0;
  try {
    size = fsSync.statSync(`${file}.1`).size;
  } catch {
    return current; // never rotated
  }
  return Buffer.concat([readRangeSync(`${file}.1`, 0, size, short), current]);
}
