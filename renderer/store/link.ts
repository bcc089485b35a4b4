import { create } from 'zustand';
import type { LinkState } from '../api/transport.js';

interface LinkStore {
  link: LinkState;
  reconnectNow: (() => void) | null;
}

export const useLink = create<LinkStore>(() => ({
  link: { kind: 'connecting', attempt: 1 },
  reconnectNow: null,
}));

/** Actions would only fail while the link is down, so their buttons are disabled meanwhile. */
export function useOnline(): boolean {
  return useLink((s) => s.link.kind === 'open');
}
