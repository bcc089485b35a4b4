import type { VmEvent, VmMethod } from '../../shared/api.js';
import type { Message } from '../../shared/i18n/index.js';

/**
 * How the renderer's link to the engine is doing; only the WebSocket transport ever leaves "open". The
 * reason is a message, so the banner says it in the language the window has when it shows it.
 */
export type LinkState =
  { kind: 'connecting'; attempt: number } | { kind: 'open' } | { kind: 'lost'; reason: Message; retryInMs: number; attempt: number };

export interface Transport {
  /** Resolves with the method's result, rejects with an ApiError. */
  call: (method: VmMethod, arg: unknown) => Promise<unknown>;
  onEvent: (listener: (event: VmEvent) => void) => () => void;
  /** `reconnected` is true when the link opens again after a loss: state may have moved meanwhile. */
  onLink: (listener: (state: LinkState, reconnected: boolean) => void) => () => void;
  readonly link: LinkState;
  /**
   * The server's address as this window reaches it (http(s):// or ws(s)://host:port), which console
   * ticket paths resolve against: the page's own location in a browser, the engine's loopback console
   * server in the desktop app.
   */
  consoleBase: () => Promise<string>;
  /** Skip the back-off wait after a loss; only transports that can lose the link have it. */
  reconnectNow?: () => void;
}
