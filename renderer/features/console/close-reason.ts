import { ApiError } from '../../../shared/api.js';
import { DISPLAY_UNREACHABLE_PREFIX, RELAY_CLOSE_REASON, type RelayCloseReason } from '../../../shared/console-close.js';
import { i18n } from '../../i18n/i18n.js';
import { describeError } from '../../lib/errors.js';

/**
 * The relay's close reasons (English sentences: shared/console-close.ts) in the reader's language;
 * anything else as it came.
 */
function relayReason(reason: string): string {
  const known = (Object.keys(RELAY_CLOSE_REASON) as RelayCloseReason[]).find((name) => RELAY_CLOSE_REASON[name] === reason);
  if (known) return i18n.t(`console:closed.${known}`);
  // The cause after it is the host's own error text (ENOENT...), kept as it is.
  if (reason.startsWith(DISPLAY_UNREACHABLE_PREFIX)) {
    return i18n.t('console:closed.displayUnreachable', { cause: reason.slice(DISPLAY_UNREACHABLE_PREFIX.length) });
  }
  return reason;
}

/** Turns a WebSocket close into words; the relay's own reason wins when it sent one. */
export function closeReason(ev: Pick<CloseEvent, 'code' | 'reason'>): string {
  if (ev.reason) return relayReason(ev.reason);
  switch (ev.code) {
    case 1000:
      return i18n.t('console:closed.normal');
    case 1001:
      return i18n.t('console:closed.goingAway');
    case 1005:
      return i18n.t('console:closed.noReason');
    case 1006:
      return i18n.t('console:closed.dropped');
    case 1008:
      return i18n.t('console:closed.ticket');
    case 1011:
      return i18n.t('console:closed.relayError');
    default:
      return i18n.t('console:closed.code', { code: ev.code });
  }
}

/** The engine's messages for a console the VM does not have (electron/engine/vms/guest-io.ts). */
const MISSING_KEYS: readonly string[] = ['engine:console.noSerial', 'engine:console.noDisplay'];

/**
 * The engine's answer when the VM has no such console at all (no serial port, no display): retrying
 * cannot help, the page offers to add one instead; its words are the engine's, in the reader's
 * language. Null for any other failure. An engine that sends no key is known by its English text.
 */
export function unavailableReason(err: unknown): string | null {
  if (!(err instanceof ApiError) || err.code !== 'conflict') return null;
  const missing = err.key ? MISSING_KEYS.includes(err.key) : /\bno (serial port|display|monitor)\b/i.test(err.message);
  return missing ? describeError(err) : null;
}

/** "The VM has stopped." or "the console was closed": either way it then follows "Disconnected:". */
export const withoutFullStop = (reason: string): string => reason.replace(/\.\s*$/, '');
