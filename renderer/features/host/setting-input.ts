import type { Settings } from '../../../shared/api.js';
import { check, settingsPatch } from '../../../shared/schemas/index.js';
import { issueText } from '../../lib/errors.js';
import { parseDecimal } from '../../lib/format.js';

export type NumberSettingKey = { [K in keyof Settings]: Settings[K] extends number ? K : never }[keyof Settings];

/**
 * A numeric setting's text, checked with the engine's own schema: the number, or the message to show
 * (in the window's language). `blank` is what to say for no number at all.
 */
export function checkSettingText(
  key: NumberSettingKey,
  text: string,
  blank: string,
): { ok: true; value: number } | { ok: false; message: string } {
  // Typed in the person's language ("1,5" in French is a number, and the schema says it is not whole).
  // Blank must fail too: the schema is partial (every setting optional), so undefined would pass.
  const parsed = check(settingsPatch, { [key]: parseDecimal(text) ?? Number.NaN });
  const value = parsed.ok ? parsed.value[key] : undefined;
  if (value !== undefined) return { ok: true, value };
  const issue = parsed.ok ? undefined : parsed.issues.find((i) => i.path === key);
  return { ok: false, message: issue ? issueText(issue) : blank };
}
