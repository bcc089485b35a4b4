// What stops a clone, found before the person chooses (the Clone dialog shows it per mode), by the same
// checks the clone itself makes: the VM's state, its files through the policy, and for a linked clone
// the internal snapshots of its disks (a shared base holds none: they would be out of reach of both VMs).
import path from 'node:path';
import { ApiError } from '../../../shared/api.js';
import type { VmConfig } from '../../../shared/model/index.js';
import type { CloneBlockers } from '../../../shared/schemas/wizard-methods.js';
import { imageInfo } from '../img/qemu-img.js';

/** Each writable disk's internal snapshots, as sentences that say what to do; none when there are none. */
export async function snapshotBlockers(img: string, src: VmConfig, paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const [i, d] of src.disks.entries()) {
    if (d.readOnly || d.format !== 'qcow2') continue;
    const n = (await imageInfo(img, paths[i]!, { shared: true })).snapshots?.length ?? 0;
    if (n) {
      out.push(
        `${path.basename(d.file)} holds ${n} snapshot${n === 1 ? '' : 's'}: in a shared base ${n === 1 ? 'it' : 'they'} would be out of reach of both VMs. Delete ${n === 1 ? 'it' : 'them'} (Snapshots tab), or make a full copy.`,
      );
    }
  }
  return out;
}

/**
 * Both modes' blockers. `state`: why this VM may not be cloned now (refusal() of the action table);
 * `files`: the stored files' policy check, which throws the first problem.
 */
export async function cloneBlockers(args: {
  state: string | null;
  files: () => Promise<void>;
  snapshots: () => Promise<string[]>;
}): Promise<CloneBlockers> {
  const both: string[] = [];
  if (args.state) both.push(args.state);
  try {
    await args.files();
  } catch (err) {
    if (!(err instanceof ApiError)) throw err;
    both.push(err.message);
  }
  const linked = await args.snapshots().catch((err: unknown) => [`The disks cannot be read: ${(err as Error).message}`]);
  return { full: both, linked: [...both, ...linked] };
}
