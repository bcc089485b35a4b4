// API methods for labs: several linked clones of one VM on one private network, made and deleted
// together (see methods.ts: the one table they join).
import { z } from 'zod';
import type { Message } from '../i18n/message.js';
import type { NicConfig, VmSummary } from '../model/index.js';
import { labName } from './fields.js';
import { method, returns, withId } from './method-kit.js';
import { said } from './schema-messages.js';

export const LAB_MIN_VMS = 2;
export const LAB_MAX_VMS = 16;

export const labCount = z
  .number({ error: said('validation:lab.count') })
  .int(said('validation:lab.count'))
  .min(LAB_MIN_VMS, said('validation:lab.count'))
  .max(LAB_MAX_VMS, said('validation:lab.count'));

/** A lab from VM `id`: VMs <lab>-1..<lab>-count, on the private network <lab>; keepNat keeps its NAT NICs too. */
export const labInput = withId({ lab: labName, count: labCount, keepNat: z.boolean().optional() });

/** What createLab would do, without doing it. */
export interface LabPreview {
  /** Each VM of the lab, in order, with its NICs (fresh MACs: the real ones are drawn again when made). */
  vms: Array<{ name: string; nics: NicConfig[] }>;
  /** The commands it runs (mv, chmod, qemu-img create), as a person would type them. */
  commands: string[];
  /** Why it cannot be made now, each with the fix; empty when it can. */
  blockers: Message[];
}

export const labMethods = {
  /** The lab createLab would make and the commands it would run, with what stops it; nothing is written. */
  previewLab: method(labInput, returns<LabPreview>()),
  /**
   * Make a lab: linked clones of a stopped VM, named <lab>-1..<lab>-N, each on the private network
   * <lab>. All or nothing: a failure removes the VMs already made and puts the source back.
   */
  createLab: method(labInput, returns<VmSummary[]>()),
  /**
   * Delete every VM of the lab with the files in their folders (never the base they share with the
   * source). Refused while one runs, unless forceOff.
   */
  deleteLab: method(
    z.object({ lab: labName, forceOff: z.boolean().optional() }).strict(),
    returns<{ deleted: string[]; keptIn: string[] }>(),
  ),
};
