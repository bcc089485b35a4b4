// How a console link ends, as the engine's relay says it and the renderer reads it: one table for both
// sides. A WebSocket close reason holds 123 bytes, so the relay sends an English sentence, not a message
// key; the renderer knows these sentences by name and shows them in the reader's language
// (console:closed.<name>), anything else as it came.

/** Close codes of the console relay (4000-4999 are for applications). */
export const CONSOLE_CLOSE_CODE = {
  /** The VM is not running, stopped or crashed, or its console was replaced. */
  vmStopped: 4001,
  /** The viewer fell too far behind; reconnecting replays the scrollback. */
  tooSlow: 4002,
  /** The display's socket could not be reached. */
  displayUnreachable: 4003,
} as const;

/** The relay's close reasons, by the name of their catalog key (console:closed.<name>). */
export const RELAY_CLOSE_REASON = {
  notRunning: 'The VM is not running.',
  stopped: 'The VM has stopped.',
  crashed: 'The VM crashed.',
  reconnected: 'The console was reconnected.',
  closing: 'VirtDesk is closing.',
  tooSlow: 'This console viewer could not keep up; reconnect to catch up.',
} as const;
export type RelayCloseReason = keyof typeof RELAY_CLOSE_REASON;

/** Followed by the host's own error text (ENOENT...), which stays as it is. */
export const DISPLAY_UNREACHABLE_PREFIX = "The VM's display is not reachable: ";
