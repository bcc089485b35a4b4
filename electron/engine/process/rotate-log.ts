import fs from 'node:fs';

/** Console logs grow with everything the guest prints; past this the log is rotated. */
export const ROTATE_AT_BYTES = 16 * 1024 * 1024;

/**
 * file -> file.1 (the older file.1 goes) when file is larger than the limit. The console log keeper
 * calls it before it opens a log and whenever a write would take the log past the limit; it holds the
 * only file descriptor, so nothing writes into the renamed file. Synchronous: it runs between two
 * writes of the keeper's single loop.
 */
export function rotateLogSync(file: string, limit = ROTATE_AT_BYTES): boolean {
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch {
    return false;
  }
  if (size <= limit) return false;
  fs.renameSync(file, `${file}.1`);
  return true;
}
