import { ApiError } from '../../../shared/api.js';

/** Turns a WebSocket close into words; the relay's own reason text wins when it sent one. */
export function closeReason(ev: CloseEvent): string {
  if (ev.reason) return ev.reason;
  switch (ev.code) {
    case 1000:
      return 'the console was closed';
    case 1001:
      return 'the engine is going away';
    case 1005:
      return 'the connection closed without saying why';
    case 1006:
      return 'the connection dropped (is the engine still running?)';
    case 1008:
      return 'the engine refused the console ticket (it is single-use and short-lived; reconnect for a new one)';
    case 1011:
      return 'the engine hit an error relaying the console';
    default:
      return `closed with code ${ev.code}`;
  }
}

/**
 * The engine's answer when the VM has no such console at all (no serial port, no display): retrying
 * cannot help, the page offers to add one instead. Null for any other failure.
 */
export function unavailableReason(err: unknown): string | null {
  if (!(err instanceof ApiError) || err.code !== 'conflict') return null;
  return /\bno (serial port|display|monitor)\b/i.test(err.message) ? err.message : null;
}
