import { describe, expect, it } from 'vitest';
import {
  binaryPower,
  formatBytes,
  formatDuration,
  formatMiB,
  formatNumber,
  formatPercent,
  formatRate,
  formatSeconds,
  parseDecimal,
} from './format.js';

const nb = '\u00a0';

describe('formats in English', () => {
  it('formats memory, bytes and uptimes', () => {
    expect(formatMiB(512, 'en')).toBe('512 MiB');
    expect(formatMiB(2048, 'en')).toBe('2 GiB');
    expect(formatMiB(24105, 'en')).toBe('23.5 GiB');
    expect(formatBytes(64 * 2 ** 20, 'en')).toBe('64 MiB');
    expect(formatBytes(1.5 * 2 ** 30, 'en')).toBe('1.5 GiB');
    expect(formatBytes(196_608, 'en')).toBe('192 KiB');
    expect(formatBytes(100, 'en')).toBe('100 bytes');
    expect(formatDuration(30_000, 'en')).toBe('less than a minute');
    expect(formatDuration(5 * 60_000, 'en')).toBe('5 min');
    expect(formatDuration(125 * 60_000, 'en')).toBe('2 h 05 min');
    expect(formatDuration(27 * 3_600_000, 'en')).toBe('1 d 3 h');
    expect(formatSeconds(200, 'en')).toBe('3 min 20 s');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
  });

  it('formats rates and percentages', () => {
    expect(formatRate(0, 'en')).toBe('0 B/s');
    expect(formatRate(512.4, 'en')).toBe('512 B/s');
    expect(formatRate(12 * 1024, 'en')).toBe('12 KiB/s');
    expect(formatRate(1.23 * 2 ** 20, 'en')).toBe('1.2 MiB/s');
    expect(formatRate(300.6 * 2 ** 20, 'en')).toBe('301 MiB/s');
    expect(formatPercent(0, 'en')).toBe('0 %');
    expect(formatPercent(3.42, 'en')).toBe('3.4 %');
    expect(formatPercent(12.4, 'en')).toBe('12 %');
    expect(formatPercent(9.97, 'en')).toBe('10 %');
    expect(formatPercent(180, 'en')).toBe('180 %');
    expect(binaryPower(1023)).toBe(0);
    expect(binaryPower(1024)).toBe(1);
    expect(binaryPower(3 * 2 ** 30)).toBe(3);
  });
});

describe('formats in French', () => {
  it('writes sizes with a decimal comma, French units and a no-break space', () => {
    expect(formatBytes(1.5 * 2 ** 30, 'fr')).toBe(`1,5${nb}Gio`);
    expect(formatMiB(512, 'fr')).toBe(`512${nb}Mio`);
    expect(formatBytes(100, 'fr')).toBe(`100${nb}octets`);
    expect(formatRate(1.23 * 2 ** 20, 'fr')).toBe(`1,2${nb}Mio/s`);
    expect(formatPercent(3.42, 'fr')).toBe(`3,4${nb}%`);
  });

  it('writes durations the French way', () => {
    expect(formatSeconds(200, 'fr')).toBe(`3${nb}min 20${nb}s`);
    expect(formatDuration(27 * 3_600_000, 'fr')).toBe(`1${nb}j 3${nb}h`);
    expect(formatDuration(30_000, 'fr')).toBe('moins d’une minute');
  });
});

describe('numbers people type', () => {
  it('takes the language’s decimal separator, and the dot everywhere', () => {
    expect(parseDecimal('1,5', 'fr')).toBe(1.5);
    expect(parseDecimal('1.5', 'fr')).toBe(1.5);
    expect(parseDecimal('1.5', 'en')).toBe(1.5);
    expect(parseDecimal(' 1 024 ', 'fr')).toBe(1024);
    expect(parseDecimal('20', 'en')).toBe(20);
  });

  it('refuses what is not a plain number rather than guess', () => {
    expect(parseDecimal('1,5', 'en')).toBeNull();
    expect(parseDecimal('', 'fr')).toBeNull();
    expect(parseDecimal('1,2,3', 'fr')).toBeNull();
    expect(parseDecimal('12 GiB', 'en')).toBeNull();
    expect(parseDecimal('NaN', 'en')).toBeNull();
    expect(parseDecimal('1e3', 'en')).toBeNull();
  });
});
