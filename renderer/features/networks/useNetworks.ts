import { useMemo } from 'react';
import type { NetworkList } from '../../../shared/model/index.js';
import { useEngineQuery, type EngineQuery } from '../../lib/useEngineQuery.js';
import { useNetworksSeq } from '../../store/networks.js';
import { useVms } from '../../store/vms.js';
import { listNetworks } from './network-actions.js';

/**
 * The private networks and their members. Read again on a networks-changed event (one created or
 * deleted) and whenever a VM changes (a vm-changed event swaps the store's map): its state, or its
 * cards, are what the members are made of. Never on a timer.
 */
export function useNetworks(): EngineQuery<NetworkList> {
  const vms = useVms((s) => s.vms);
  const seq = useNetworksSeq((s) => s.seq);
  const changed = useMemo(() => [vms, seq], [vms, seq]);
  return useEngineQuery('networks', listNetworks, changed);
}
