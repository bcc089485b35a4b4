// Numbers, sizes, rates, durations and dates as a reader of each language expects them: "1.5 GiB" and
// "1,5 Gio", "2 h 05 min" and "2 h 05 min", "4 d 3 h" and "4 j 3 h". Pure, through Intl; the unit words
// live here, not in the catalogs, because they are part of the number's format, like Intl's own units.
import type { Language } from './languages.js';

/** French puts a no-break space before a unit so "1,5" and "Gio" never land on two lines. */
const UNIT_SPACE: Record<Language, string> = { en: ' ', fr: '\u00a0' };
const SIZE_UNITS: Record<Language, readonly string[]> = {
  en: ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'],
  fr: ['octets', 'Kio', 'Mio', 'Gio', 'Tio'],
};
const RATE_UNITS: Record<Language, readonly string[]> = {
  en: ['B/s', 'KiB/s', 'MiB/s', 'GiB/s', 'TiB/s'],
  fr: ['o/s', 'Kio/s', 'Mio/s', 'Gio/s', 'Tio/s'],
};
const DAY: Record<Language, string> = { en: 'd', fr: 'j' };
const UNDER_A_MINUTE: Record<Language, string> = { en: 'less than a minute', fr: 'moins d’une minute' };

const formats = new Map<string, Intl.NumberFormat>();
/** Intl.NumberFormat is slow to build and the list redraws every second: keep one per shape. */
function numberFormat(lng: Language, maxFraction: number, minFraction = 0): Intl.NumberFormat {
  const key = `${lng}/${maxFraction}/${minFraction}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lng, { maximumFractionDigits: maxFraction, minimumFractionDigits: minFraction });
    formats.set(key, f);
  }
  return f;
}

/** 1234.5 -> "1,234.5" / "1 234,5" (at most `maxFraction` decimals). */
export const formatNumber = (n: number, lng: Language, maxFraction = 2): string => numberFormat(lng, maxFraction).format(n);

/** The largest binary unit (0 bytes, 1 KiB, 2 MiB, 3 GiB, 4 TiB) that keeps `bytes` at 1 or more. */
export function binaryPower(bytes: number): number {
  let u = 0;
  while (Math.abs(bytes) >= 1024 ** (u + 1) && u < 4) u++;
  return u;
}

/** The number part of a binary size: whole numbers as they are, else one decimal below 10. */
function binaryFigure(bytes: number, lng: Language): { text: string; power: number } {
  const power = binaryPower(bytes);
  const n = bytes / 1024 ** power;
  const digits = power === 0 || Number.isInteger(n) || n >= 10 ? 0 : 1;
  return { text: numberFormat(lng, digits).format(power === 0 ? Math.round(n) : n), power };
}

/** Binary units, as qemu-img counts them: "64 MiB", "1.5 GiB" / "64 Mio", "1,5 Gio". */
export function formatBytes(bytes: number, lng: Language): string {
  const { text, power } = binaryFigure(bytes, lng);
  return `${text}${UNIT_SPACE[lng]}${SIZE_UNITS[lng][power]}`;
}

/** Memory and disk sizes given in MiB: "512 MiB", "2 GiB", "23.5 GiB" (a tenth at any size). */
export function formatMiB(mib: number, lng: Language): string {
  if (mib < 1024) return `${numberFormat(lng, 0).format(mib)}${UNIT_SPACE[lng]}${SIZE_UNITS[lng][2]}`;
  const gib = mib / 1024;
  return `${numberFormat(lng, Number.isInteger(gib) ? 0 : 1).format(gib)}${UNIT_SPACE[lng]}${SIZE_UNITS[lng][3]}`;
}

/** A transfer rate, short for a table cell: "0 B/s", "12 KiB/s", "1.2 MiB/s" / "1,2 Mio/s". */
export function formatRate(bytesPerSec: number, lng: Language): string {
  const { text, power } = binaryFigure(bytesPerSec, lng);
  return `${text}${UNIT_SPACE[lng]}${RATE_UNITS[lng][power]}`;
}

/** "12 %", "3.4 %" / "3,4 %": a tenth where it still tells something. */
export function formatPercent(percent: number, lng: Language): string {
  const digits = percent > 0 && percent < 9.95 ? 1 : 0;
  return `${numberFormat(lng, digits, digits).format(percent)}${UNIT_SPACE[lng]}%`;
}

/** An uptime, to the minute: "3 min", "2 h 05 min", "4 d 3 h" / "4 j 3 h". */
export function formatDuration(ms: number, lng: Language): string {
  const sp = UNIT_SPACE[lng];
  const min = Math.max(0, Math.floor(ms / 60000));
  if (min < 1) return UNDER_A_MINUTE[lng];
  if (min < 60) return `${min}${sp}min`;
  const h = Math.floor(min / 60);
  if (h < 24) return `${h}${sp}h ${String(min % 60).padStart(2, '0')}${sp}min`;
  return `${Math.floor(h / 24)}${sp}${DAY[lng]} ${h % 24}${sp}h`;
}

/** A wait or a time left, to the second: "45 s", "3 min 20 s", "1 h 02 min". */
export function formatSeconds(seconds: number, lng: Language): string {
  const sp = UNIT_SPACE[lng];
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}${sp}s`;
  if (s < 3600) return `${Math.floor(s / 60)}${sp}min ${String(s % 60).padStart(2, '0')}${sp}s`;
  return formatDuration(s * 1000, lng);
}

/** A moment: the time alone when it is today, else date and time, in the reader's own order. */
export function formatTime(ms: number, lng: Language, now = Date.now()): string {
  const d = new Date(ms);
  const sameDay = d.toDateString() === new Date(now).toDateString();
  return sameDay
    ? d.toLocaleTimeString(lng, { hour: '2-digit', minute: '2-digit', second: '2-digit' })
    : d.toLocaleString(lng, { dateStyle: 'medium', timeStyle: 'short' });
}

/** A date alone: "Dec 3, 2026" / "3 déc. 2026". */
export const formatDate = (ms: number, lng: Language): string => new Date(ms).toLocaleDateString(lng, { dateStyle: 'medium' });

const DECIMAL_SEPARATOR: Record<Language, string> = { en: '.', fr: ',' };
const GROUPING_SPACES = /[\s\u00a0\u202f]/g;

/**
 * A number a person typed, in their language: "1.5" always, "1,5" where the comma is the decimal
 * separator, spaces between digit groups ("1 024") ignored. null when it is not a plain number: the form
 * then says what to type. "1,5" in English is refused rather than read as 15 or 1.5.
 */
export function parseDecimal(text: string, lng: Language): number | null {
  let s = text.replace(GROUPING_SPACES, '');
  if (DECIMAL_SEPARATOR[lng] === ',') s = s.replace(',', '.');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

/** The decimal separator to show in a hint ("1,5"). */
export const decimalSeparator = (lng: Language): string => DECIMAL_SEPARATOR[lng];
