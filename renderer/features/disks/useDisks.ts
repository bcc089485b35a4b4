import type { DiskEntry } from '../../../shared/api.js';
import { useVms } from '../../store/vms.js';
import { useEngineQuery, type EngineQuery } from '../../lib/useEngineQuery.js';
import { listDisks } from './disk-actions.js';

/**
 * The disk images of one VM, or of every VM with the shared bases. Read again when that VM (or any VM,
 * for the whole list) changes: starting or stopping one changes which images are busy.
 */
export function useDisks(vmId?: string): EngineQuery<DiskEntry[]> {
  const changed = useVms((s) => (vmId ? s.vms[vmId] : s.vms));
  return useEngineQuery(vmId ?? '*', () => listDisks(vmId), changed);
}
