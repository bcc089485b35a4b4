// What stops a clone, found before the person chooses (the Clone dialog shows it per mode), by the same
// checks the clone itself makes: the VM's state, its files through the policy, and for a linked clone
// the internal snapshots of its disks (a shared base holds none: they would be out of reach of both VMs).
import path from 'node:path';
import { ApiError } from '../../../shared/api.js';
import { says, type Message } from '../../../shared/i18n/index.js';
import type { VmConfig } from '../../../shared/model/index.js';
import type { CloneBlockers } from '../../../shared/schemas/wizard-methods.js';
import { imageInfo } from '../img/qemu-img.js';
import { asMessage, messageOf } from '../engine-messages.js';

/** Each writable disk's internal snapshots, as sentences that say what to do; none when there are none. */
export async function snapshotBlockers(img: string, src: VmConfig, paths: string[]): Promise<Message[]> {
  const out: Message[] = [];
  for (const [i, d] of src.disks.entries()) {
    if (d.readOnly || d.format !== 'qcow2') continue;
    const n = (await imageInfo(img, paths[i]!, { shared: true })).snapshots?.length ?? 0;
    if (n) out.push(says('files:clone.snapshots', { file: path.basename(d.file), count: n }));
  }
  return out;
}

/**
 * Both modes' blockers. `state`: why this VM may not be cloned now (refusal() of the action table);
 * `files`: the stored files' policy check, which throws the first problem.
 */
export async function cloneBlockers(args: {
  state: string | Message | null;
  files: () => Promise<void>;
  snapshots: () => Promise<Message[]>;
}): Promise<CloneBlockers> {
  const both: Message[] = [];
  if (args.state) both.push(asMessage(args.state));
  try {
    await args.files();
  } catch (err) {
    if (!(err instanceof ApiError)) throw err;
    both.push(messageOf(err));
  }
  const linked = await args.snapshots().catch((err: unknown) => [says('files:clone.unreadable', { error: messageOf(err) })]);
  return { full: both, linked: [...both, ...linked] };
}
