// The Clone dialog's own engine call (cloning itself is in store/actions.ts, with the other VM actions).
import type { ResultOf } from '../../../shared/api.js';
import { api } from '../../api/client.js';

/** Why a full copy or a linked clone of this VM cannot be made now, per mode (empty lists: both can). */
export function cloneBlockers(id: string): Promise<ResultOf<'cloneBlockers'>> {
  return api().cloneBlockers({ id });
}
