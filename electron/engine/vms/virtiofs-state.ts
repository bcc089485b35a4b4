// A running VM with a folder shared over virtiofs cannot have its state saved (Save state, a live
// snapshot): QEMU 7.2 marks vhost-user-fs as not migratable, since the open files and FUSE state live
// in virtiofsd, outside QEMU. Said up front, with the way out, rather than as QEMU's "State blocked by
// non-migratable device" half-way through a task.
import { ApiError } from '../../../shared/api.js';
import { says, type Message } from '../../../shared/i18n/index.js';
import { virtiofsShares } from '../argv/shared-folder-args.js';
import type { EngineContext } from './context.js';
import type { VmEntry } from './registry.js';

/** Throws when the running VM has virtiofs shares; `cannot` heads the sentence ("Cannot save the state"). */
export async function refuseStateWithVirtiofs(ctx: EngineContext, e: VmEntry, cannot: (cause: Message) => Message): Promise<void> {
  if (!e.proc.isActive) return;
  const host = await ctx.host();
  const shares = virtiofsShares(e.startedWith ?? e.config, { virtiofsdUsable: host.qemu.virtiofsd !== null });
  if (!shares.length) return;
  throw new ApiError('conflict', cannot(says('shares:state.virtiofs', { tags: shares.map((s) => `"${s.share.tag}"`).join(', ') })));
}
