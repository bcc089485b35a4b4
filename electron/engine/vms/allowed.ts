// The engine's side of shared/vm-actions.ts: the same table the buttons use decides here too.
import { ApiError } from '../../../shared/api.js';
import { refusal, type VmAction } from '../../../shared/vm-actions.js';
import type { VmEntry } from './registry.js';
import { summarize } from './summary.js';

/** Throws a "conflict" naming the state and the fix when `action` is not possible for this VM now. */
export function requireAllowed(action: VmAction, e: VmEntry): void {
  const why = refusal(action, summarize(e).status);
  if (why) throw new ApiError('conflict', why);
}
