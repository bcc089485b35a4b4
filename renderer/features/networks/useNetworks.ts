import type { NetworkList } from '../../../shared/model/index.js';
import { useEngineQuery, type EngineQuery } from '../../lib/useEngineQuery.js';
import { useVms } from '../../store/vms.js';
import { listNetworks } from './network-actions.js';

/**
 * The private networks and their members. Read again whenever a VM changes (a vm-changed event swaps
 * the store's map): its state, or its cards, are what the members are made of. Created and deleted
 * networks are read again by the view that did it (reload).
 */
export function useNetworks(): EngineQuery<NetworkList> {
  const vms = useVms((s) => s.vms);
  return useEngineQuery('networks', listNetworks, vms);
}
