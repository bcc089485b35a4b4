import { ApiError, type VirtdeskBridge, type VmEvent, type VmMethod } from '../../shared/api.js';
import { says } from '../../shared/i18n/index.js';
import type { LinkState, Transport } from './transport.js';

declare global {
  interface Window {
    /** Set by Electron's preload; absent in a browser. */
    virtdesk?: VirtdeskBridge;
  }
}

/**
 * IPC to the main process cannot drop like a socket, but the engine behind it runs in a process of its
 * own: when that dies the main process starts it again, and the link is "lost" until it runs again.
 */
export function electronTransport(bridge: VirtdeskBridge): Transport {
  let link: LinkState = { kind: 'open' };
  const listeners = new Set<(state: LinkState, reconnected: boolean) => void>();
  bridge.onEngineState((state) => {
    const wasLost = link.kind === 'lost';
    link =
      state.kind === 'open'
        ? { kind: 'open' }
        : { kind: 'lost', reason: says('app:link.reason.engineRestarting'), retryInMs: 0, attempt: state.restarts };
    for (const l of listeners) l(link, wasLost && link.kind === 'open');
  });
  return {
    get link() {
      return link;
    },
    async call(method: VmMethod, arg: unknown) {
      const reply = await bridge.call(method, arg);
      if ('error' in reply) throw ApiError.from(reply.error);
      return reply.result;
    },
    onEvent(listener: (event: VmEvent) => void) {
      return bridge.on(listener);
    },
    consoleBase: () => bridge.consoleBase(),
    onLink(listener) {
      listeners.add(listener);
      listener(link, false);
      return () => listeners.delete(listener);
    },
  };
}
