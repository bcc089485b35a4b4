import type { Settings } from '../../../shared/api.js';
import { check, fieldErrors, settingsPatch } from '../../../shared/schemas/index.js';

export type NumberSettingKey = { [K in keyof Settings]: Settings[K] extends number ? K : never }[keyof Settings];

/**
 * A numeric setting's text, checked with the engine's own schema: the number, or the message to show.
 * `blank` is what to say for no number at all.
 */
export function checkSettingText(
  key: NumberSettingKey,
  text: string,
  blank: string,
): { ok: true; value: number } | { ok: false; message: string } {
  const t = text.trim();
  // Blank must fail too: the schema is partial (every setting optional), so undefined would pass.
  const parsed = check(settingsPatch, { [key]: t === '' ? Number.NaN : Number(t) });
  const value = parsed.ok ? parsed.value[key] : undefined;
  if (value !== undefined) return { ok: true, value };
  const message = parsed.ok ? blank : (fieldErrors(parsed.issues)[key] ?? blank);
  return { ok: false, message };
}
