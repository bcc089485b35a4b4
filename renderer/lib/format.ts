// The window's formats: shared/i18n/format.ts in the language the person reads (see i18n/i18n.ts).
// Components that show these re-render on a language change through useTranslation or their store.
import * as f from '../../shared/i18n/format.js';
import { currentLanguage } from '../i18n/i18n.js';

export { binaryPower } from '../../shared/i18n/format.js';

export const formatNumber = (n: number, maxFraction?: number) => f.formatNumber(n, currentLanguage(), maxFraction);
/** "512 MiB", "2 GiB", "1.5 GiB" / "1,5 Gio". */
export const formatMiB = (mib: number) => f.formatMiB(mib, currentLanguage());
/** Binary units, as qemu-img prints them: "64 MiB", "1.5 GiB". */
export const formatBytes = (bytes: number) => f.formatBytes(bytes, currentLanguage());
/** "0 B/s", "12 KiB/s", "1.2 MiB/s". */
export const formatRate = (bytesPerSec: number) => f.formatRate(bytesPerSec, currentLanguage());
/** "12 %", "3.4 %". */
export const formatPercent = (percent: number) => f.formatPercent(percent, currentLanguage());
/** An uptime, to the minute: "3 min", "2 h 05 min", "4 d 3 h". */
export const formatDuration = (ms: number) => f.formatDuration(ms, currentLanguage());
/** A wait, to the second: "45 s", "3 min 20 s". */
export const formatSeconds = (s: number) => f.formatSeconds(s, currentLanguage());
/** Today's time, or date and time. */
export const formatTime = (ms: number) => f.formatTime(ms, currentLanguage());
export const formatDate = (ms: number) => f.formatDate(ms, currentLanguage());
/** A number the person typed, with their decimal separator: null when it is not one. */
export const parseDecimal = (text: string) => f.parseDecimal(text, currentLanguage());

/**
 * The engine words some reasons to follow "Cannot resize x: "; standing alone they start a sentence.
 * Only a plain lower-case word is capitalised: "disk0.img is raw" keeps its file name as it is.
 */
export function sentence(text: string): string {
  return /^\p{Ll}+(?=[\s,:;’']|$)/u.test(text) ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}
