import type { DiskCheckResult } from '../../../shared/api.js';

/**
 * Pure: `qemu-img check --output=json` into a verdict. qemu-img's exit code carries the verdict
 * (0 clean, 2 corruptions, 3 leaked clusters only, 63 the format has no checks, e.g. raw); the JSON
 * carries the counts.
 */
export function parseCheck(code: number, output: string): DiskCheckResult {
  if (code === 63) {
    return {
      verdict: 'unsupported',
      corruptions: 0,
      leaks: 0,
      message: output.trim().replace(/^qemu-img: /, '') || 'This image format has no consistency checks.',
    };
  }
  type Counts = { corruptions?: number; leaks?: number; 'check-errors'?: number; 'image-end-offset'?: number };
  let json: Counts = {};
  try {
    json = JSON.parse(output) as Counts;
  } catch {
    /* the counts stay 0; the exit code still gives the verdict */
  }
  const corruptions = json.corruptions ?? 0;
  const leaks = json.leaks ?? 0;
  if (code === 2 || corruptions > 0) {
    return {
      verdict: 'corrupt',
      corruptions,
      leaks,
      message: `${corruptions} corrupted cluster(s)${leaks ? ` and ${leaks} leaked` : ''}: restore this disk from a backup, or try "qemu-img check -r all" on a copy.`,
    };
  }
  if (code === 3 || leaks > 0) {
    return {
      verdict: 'leaks',
      corruptions,
      leaks,
      message: `${leaks} leaked cluster(s): space is wasted but no data is harmed ("qemu-img check -r leaks" reclaims it).`,
    };
  }
  return { verdict: 'clean', corruptions: 0, leaks: 0, message: 'No errors were found on the image.' };
}
