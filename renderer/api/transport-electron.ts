import { ApiError, type VirtdeskBridge, type VmEvent, type VmMethod } from '../../shared/api.js';
import type { LinkState, Transport } from './transport.js';

declare global {
  interface Window {
    /** Set by Electron's preload; absent in a browser. */
    virtdesk?: VirtdeskBridge;
  }
}

/** IPC to the main process cannot drop like a socket, so the link is always open. */
export function electronTransport(bridge: VirtdeskBridge): Transport {
  const link: LinkState = { kind: 'open' };
  return {
    link,
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
      listener(link, false);
      return () => {};
    },
  };
}
