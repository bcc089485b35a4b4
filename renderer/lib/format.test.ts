import { describe, expect, it } from 'vitest';
import { formatBytes, formatDuration, formatMiB } from './format.js';
import { randomMac } from './mac.js';
import { macAddress } from '../../shared/validate.js';

describe('formatting', () => {
  it('formats memory, bytes and uptimes', () => {
    expect(formatMiB(512)).toBe('512 MiB');
    expect(formatMiB(2048)).toBe('2 GiB');
    expect(formatMiB(24105)).toBe('23.5 GiB');
    expect(formatBytes(64 * 2 ** 20)).toBe('64 MiB');
    expect(formatBytes(1.5 * 2 ** 30)).toBe('1.5 GiB');
    expect(formatBytes(196_608)).toBe('192 KiB');
    expect(formatBytes(100)).toBe('100 bytes');
    expect(formatDuration(30_000)).toBe('less than a minute');
    expect(formatDuration(5 * 60_000)).toBe('5 min');
    expect(formatDuration(125 * 60_000)).toBe('2 h 05 min');
    expect(formatDuration(27 * 3_600_000)).toBe('1 d 3 h');
  });

  it('makes MACs the shared schema accepts, avoiding the taken ones', () => {
    for (let i = 0; i < 50; i++) expect(macAddress.safeParse(randomMac()).success).toBe(true);
    expect(randomMac(['52:54:00:00:00:01'])).not.toBe('52:54:00:00:00:01');
  });
});
