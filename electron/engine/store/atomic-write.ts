import fs from 'node:fs/promises';
import path from 'node:path';
import crypto from 'node:crypto';

/**
 * The temp name writeFileAtomic uses for `file`: hidden, in the same folder (a rename is only atomic
 * within one filesystem), with 12 random hex digits so concurrent writers never share one.
 * fs-safety/stale-temps.ts removes names of exactly this shape that a kill -9 left behind.
 */
export const atomicTempName = (file: string) => `.${path.basename(file)}.${crypto.randomBytes(6).toString('hex')}.tmp`;
/** Matches the names atomicTempName makes, and nothing a person is likely to call a file. */
export const ATOMIC_TEMP_RE = /^\..+\.[0-9a-f]{12}\.tmp$/;

/**
 * Write a file so that a reader (or a crash) sees either the old content or the new, never half:
 * temp file in the same folder, fsync, rename over, fsync the folder so the rename itself is durable.
 * The file is private to the user (0600): definitions name disks and paths, settings are personal.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const dir = path.dirname(file);
  const tmp = path.join(dir, atomicTempName(file));
  const fh = await fs.open(tmp, 'wx', 0o600);
  try {
    try {
      await fh.writeFile(data);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await fs.rename(tmp, file);
  } catch (err) {
    // A full disk or a failed rename: leave nothing behind (a kill -9 can still; start-up removes those).
    await fs.rm(tmp, { force: true });
    throw err;
  }
  const dh = await fs.open(dir, 'r');
  try {
    await dh.sync();
  } finally {
    await dh.close();
  }
}
