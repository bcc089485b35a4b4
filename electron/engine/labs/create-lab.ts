// Making a lab: the source's disks become bases once (makeBases), then each VM of the lab is a linked
// clone on them (writeClone): the clone feature's own steps, one mechanism. All or nothing: when the
// k-th VM fails, the ones already made are removed and the source is put back as it was, and the error
// names the VM that failed and why.
import crypto from 'node:crypto';
import { ApiError } from '../../../shared/api.js';
import { says } from '../../../shared/i18n/index.js';
import type { VmConfig } from '../../../shared/model/index.js';
import { freshMacs, makeBases, writeClone, type CloneHost } from '../clone/clone-vm.js';
import { diskPath } from '../disks/disk-files.js';
import { messageOf } from '../engine-messages.js';
import { list } from '../policy/messages.js';
import { labNicCount, labRefusals, labVmNames, planLab, type LabInput, type LabVmInput } from './plan-lab.js';

export interface LabHost extends CloneHost {
  /** Remove a VM made here again (its folder; and whatever the engine learnt of it meanwhile). */
  discard(id: string): Promise<void>;
}

/** The lab's VMs' ids, dates and MACs: fresh, none used by another VM nor twice in the lab. */
export function labVmInputs(all: readonly VmConfig[], src: VmConfig, input: LabInput): LabVmInput[] {
  const createdAt = new Date().toISOString();
  const taken: string[] = [];
  return labVmNames(input.lab, input.count).map(() => {
    const macs = freshMacs([...all], labNicCount(src, input.keepNat), taken);
    taken.push(...macs);
    return { id: crypto.randomUUID(), createdAt, macs };
  });
}

/** Makes the lab; the caller holds the source's lock and the creation lock. Returns the new VMs' definitions. */
export async function createLab(host: LabHost, src: VmConfig, input: LabInput): Promise<VmConfig[]> {
  const all = await host.configs();
  const [refused] = labRefusals(input, all);
  if (refused) throw new ApiError('conflict', refused, { field: 'lab' });
  const img = await host.img();
  const vms = labVmInputs(all, src, input);
  const srcPaths = src.disks.map((d) => diskPath(host.vmDir(src.id), d.file));
  const meta = {
    vmId: src.id,
    vmName: src.name,
    title: says('labs:task.making', { lab: input.lab, count: input.count }),
    cancellable: true,
  };
  return host.tasks.run(meta, async (task) => {
    const bases = await makeBases(host, img, src, srcPaths);
    const plans = planLab(src, input, bases.paths, vms);
    const made: VmConfig[] = [];
    for (const [k, plan] of plans.entries()) {
      const name = plan.config.name;
      task.progress((k / plans.length) * 100, says('labs:task.makingVm', { name, n: k + 1, count: plans.length }));
      try {
        task.signal.throwIfAborted();
        await writeClone(host, img, src, plan, task, (p) => task.progress(((k + p / 100) / plans.length) * 100));
      } catch (err) {
        for (const c of made) await host.discard(c.id).catch(() => {});
        await bases.undo();
        const code = err instanceof ApiError ? err.code : 'io';
        const error = messageOf(err);
        const removed = list(made.map((c) => c.name));
        throw new ApiError(
          code,
          made.length ? says('labs:failed.vmAfter', { name, error, removed }) : says('labs:failed.vm', { name, error }),
        );
      }
      made.push(plan.config);
    }
    task.progress(100, meta.title);
    return made;
  });
}
