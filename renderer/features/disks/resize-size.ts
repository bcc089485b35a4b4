// The Resize dialog's field: GiB as a person types them, bytes as the engine takes them.
import { check, resizeSizeBytes } from '../../../shared/schemas/index.js';

const GiB = 1024 ** 3;
const MiB = 1024 ** 2;

/** A size for the field: whole GiB as "20", else up to two decimals ("1.5", "0.25"). */
export function gibText(bytes: number): string {
  return String(Math.round((bytes / GiB) * 100) / 100);
}

export type SizeCheck = { ok: true; bytes: number } | { ok: false; message: string };

/**
 * "20", "1.5" or "1,5" GiB -> bytes, rounded to whole MiB (qemu-img wants whole 512-byte sectors,
 * and nobody means a fraction of a MiB), then checked with the engine's own schema.
 */
export function parseGiB(text: string): SizeCheck {
  const t = text.trim().replace(',', '.');
  if (t === '') return { ok: false, message: 'Give the new size in GiB.' };
  if (!/^\d*\.?\d+$/.test(t)) return { ok: false, message: 'The size is a number of GiB, like 20 or 1.5.' };
  const bytes = Math.round((Number(t) * GiB) / MiB) * MiB;
  const checked = check(resizeSizeBytes, bytes);
  if (!checked.ok) return { ok: false, message: checked.issues[0]?.message ?? 'Not a size.' };
  return { ok: true, bytes };
}

export type ResizeKind = 'grow' | 'shrink' | 'same';

export function resizeKind(current: number, next: number): ResizeKind {
  return next > current ? 'grow' : next < current ? 'shrink' : 'same';
}
