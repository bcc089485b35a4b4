import fs from 'node:fs/promises';

/** Serial logs grow with everything the guest prints; at each start a log above this is rotated. */
export const ROTATE_AT_BYTES = 16 * 1024 * 1024;

/**
 * file -> file.1 (the older file.1 goes) when file is larger than the limit. Done before QEMU starts,
 * because QEMU keeps its logfile open and would go on writing into the renamed one.
 */
export async function rotateLog(file: string, limit = ROTATE_AT_BYTES): Promise<boolean> {
  const st = await fs.stat(file).catch(() => null);
  if (!st || st.size <= limit) return false;
  await fs.rename(file, `${file}.1`);
  return true;
}
