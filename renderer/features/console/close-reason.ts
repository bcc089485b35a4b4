import { ApiError } from '../../../shared/api.js';
import { i18n } from '../../i18n/i18n.js';
import { describeError } from '../../lib/errors.js';

/**
 * What the engine's console relay writes in its close frames. A close reason holds 123 bytes, so the
 * relay sends its English sentence, not a message key: the ones it is known to send are shown in the
 * reader's language, anything else as it came.
 */
const RELAY_REASONS: ReadonlyArray<[string, () => string]> = [
  ['The VM is not running.', () => i18n.t('console:closed.notRunning')],
  ['The VM has stopped.', () => i18n.t('console:closed.stopped')],
  ['The VM crashed.', () => i18n.t('console:closed.crashed')],
  ['The console was reconnected.', () => i18n.t('console:closed.reconnected')],
  ['VirtDesk is closing.', () => i18n.t('console:closed.closing')],
  ['This console viewer could not keep up; reconnect to catch up.', () => i18n.t('console:closed.tooSlow')],
];
const DISPLAY_UNREACHABLE = "The VM's display is not reachable: ";

function relayReason(reason: string): string {
  const known = RELAY_REASONS.find(([text]) => text === reason);
  if (known) return known[1]();
  // The cause after it is the host's own error text (ENOENT...), kept as it is.
  if (reason.startsWith(DISPLAY_UNREACHABLE)) {
    return i18n.t('console:closed.displayUnreachable', { cause: reason.slice(DISPLAY_UNREACHABLE.length) });
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
