import { describe, expect, it } from 'vitest';
import { binaryPower, formatBytes, formatDuration, formatMiB, formatPercent, formatRate, sentence } from './format.js';
import { randomMac } from './mac.js';
import { macAddress } from '../../shared/schemas/index.js';

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
    expect(sentence('the VM is running.')).toBe('The VM is running.');
    expect(sentence('')).toBe('');
  });

  it('formats the statistics: rates and percentages', () => {
    expect(formatRate(0)).toBe('0 B/s');
    expect(formatRate(512.4)).toBe('512 B/s');
    expect(formatRate(12 * 1024)).toBe('12 KiB/s');
    expect(formatRate(1.23 * 2 ** 20)).toBe('1.2 MiB/s');
    expect(formatRate(300.6 * 2 ** 20)).toBe('301 MiB/s');
    expect(formatPercent(0)).toBe('0 %');
    expect(formatPercent(3.42)).toBe('3.4 %');
    expect(formatPercent(12.4)).toBe('12 %');
    expect(formatPercent(9.97)).toBe('10 %');
    expect(formatPercent(180)).toBe('180 %');
    expect(binaryPower(1023)).toBe(0);
    expect(binaryPower(1024)).toBe(1);
    expect(binaryPower(3 * 2 ** 30)).toBe(3);
  });

  it('makes MACs the shared schema accepts, avoiding the taken ones', () => {
    for (let i = 0; i < 50; i++) expect(macAddress.safeParse(randomMac()).success).toBe(true);
    expect(randomMac(['52:54:00:00:00:01'])).not.toBe('52:54:00:00:00:01');
  });
});
