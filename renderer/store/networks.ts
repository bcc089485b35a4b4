import { create } from 'zustand';

/**
 * Bumped on every networks-changed event (a network created or deleted by name, in any window or by
 * `virtdesk network`), so whatever lists the networks reads them again. Members change with their VMs,
 * which the vms store follows already.
 */
export const useNetworksSeq = create<{ seq: number }>(() => ({ seq: 0 }));

export function networksChanged(): void {
  useNetworksSeq.setState((s) => ({ seq: s.seq + 1 }));
}
