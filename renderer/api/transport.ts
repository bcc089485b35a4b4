import type { VmEvent, VmMethod } from '../../shared/api.js';

/** How the renderer's link to the engine is doing; only the WebSocket transport ever leaves "open". */
export type LinkState =
  { kind: 'connecting'; attempt: number } | { kind: 'open' } | { kind: 'lost'; reason: string; retryInMs: number; attempt: number };

export interface Transport {
  /** Resolves with the method's result, rejects with an ApiError. */
  call: (method: VmMethod, arg: unknown) => Promise<unknown>;
  onEvent: (listener: (event: VmEvent) => void) => () => void;
  /** `reconnected` is true when the link opens again after a loss: state may have moved meanwhile. */
  onLink: (listener: (state: LinkState, reconnected: boolean) => void) => () => void;
  readonly link: LinkState;
  /** Skip the back-off wait after a loss; only transports that can lose the link have it. */
  reconnectNow?: () => void;
}
