import type { DiskCheckResult } from '../../../shared/api.js';
import { says } from '../../../shared/i18n/index.js';
import { asMessage } from '../engine-messages.js';

/**
 * Pure: `qemu-img check --output=json` into a verdict. qemu-img's exit code carries the verdict
 * (0 clean, 2 corruptions, 3 leaked clusters only, 63 the format has no checks, e.g. raw); the JSON
 * carries the counts.
 */
export function parseCheck(code: number, output: string): DiskCheckResult {
  if (code === 63) {
    // qemu-img's own words (English) when it gave any.
    const said = output.trim().replace(/^qemu-img: /, '');
    return { verdict: 'unsupported', corruptions: 0, leaks: 0, message: said ? asMessage(said) : says('files:disks.noChecks') };
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
      message: leaks ? says('files:disks.corruptLeaks', { corruptions, leaks }) : says('files:disks.corrupt', { corruptions }),
    };
  }
  if (code === 3 || leaks > 0) {
    return {
      verdict: 'leaks',
      corruptions,
      leaks,
      message: says('files:disks.leaks', { leaks }),
    };
  }
  return { verdict: 'clean', corruptions: 0, leaks: 0, message: says('files:disks.clean') };
}
