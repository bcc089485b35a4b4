import fs from 'node:fs/promises';

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
