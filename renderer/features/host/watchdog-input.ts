import { argSchemas, fieldErrors } from '../../../shared/validate.js';

/** The watchdog field's text, checked with the engine's own schema: a number or the message to show. */
export function checkWatchdogText(text: string): { ok: true; value: number } | { ok: false; message: string } {
  const t = text.trim();
  // Blank must fail too: the schema is partial (every setting optional), so undefined would pass.
  const parsed = argSchemas.updateSettings.safeParse({ kvmWatchdogSec: t === '' ? Number.NaN : Number(t) });
  if (parsed.success && parsed.data.kvmWatchdogSec !== undefined) return { ok: true, value: parsed.data.kvmWatchdogSec };
  const message = parsed.success ? 'Give a number of seconds.' : (fieldErrors(parsed.error).kvmWatchdogSec ?? 'Give a number of seconds.');
  return { ok: false, message };
}
