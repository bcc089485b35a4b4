/**
 * qemu-img convert -p prints "    (12.34/100%)" and ends each update with "\r" (even into a pipe).
 * Pure: the latest percentage in a chunk of that output, or null if the chunk has none.
 */
export function lastProgress(chunk: string): number | null {
  const all = [...chunk.matchAll(/\((\d+(?:\.\d+)?)\/100%\)/g)];
  const last = all.at(-1);
  return last ? Math.min(100, Number(last[1])) : null;
}
