// The Resize dialog's field: GiB as a person types them in their language ("1.5", or "1,5" in French),
// bytes as the engine takes them.
import { decimalSeparator } from '../../../shared/i18n/index.js';
import { check, resizeSizeBytes } from '../../../shared/schemas/index.js';
import { currentLanguage, i18n } from '../../i18n/i18n.js';
import { issueText } from '../../lib/errors.js';
import { parseDecimal } from '../../lib/format.js';

export const GiB = 1024 ** 3;
const MiB = 1024 ** 2;

/**
 * A size for the field, as the person would type it: whole GiB as "20", else up to two decimals with
 * the language's separator ("1.5" / "1,5"), never grouped ("1024", not "1,024"), so it reads back.
 */
export function gibText(bytes: number): string {
  return String(Math.round((bytes / GiB) * 100) / 100).replace('.', decimalSeparator(currentLanguage()));
}

export type SizeCheck = { ok: true; bytes: number } | { ok: false; message: string };

/** English reads "1,5" as nothing: say it is the separator, not that it is not a number. */
const commaDecimals = (t: string) => decimalSeparator(currentLanguage()) === '.' && /^\d*,\d{1,2}$/.test(t);

/**
 * "20", "1.5" (or "1,5" in French) GiB -> bytes, rounded to whole MiB (qemu-img wants whole 512-byte
 * sectors, and nobody means a fraction of a MiB), then checked with the engine's own schema.
 */
export function parseGiB(text: string): SizeCheck {
  const t = text.trim();
  if (t === '') return { ok: false, message: i18n.t('storage:resize.empty') };
  const gib = parseDecimal(t);
  if (gib === null) return { ok: false, message: i18n.t(commaDecimals(t) ? 'storage:resize.decimalPoint' : 'storage:resize.notNumber') };
  const bytes = Math.round((gib * GiB) / MiB) * MiB;
  const checked = check(resizeSizeBytes, bytes);
  if (!checked.ok) return { ok: false, message: checked.issues[0] ? issueText(checked.issues[0]) : i18n.t('storage:resize.notNumber') };
  return { ok: true, bytes };
}

export type ResizeKind = 'grow' | 'shrink' | 'same';

export function resizeKind(current: number, next: number): ResizeKind {
  return next > current ? 'grow' : next < current ? 'shrink' : 'same';
}
