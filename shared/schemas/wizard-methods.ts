// API methods for the New VM wizard's checks and the OS database (see methods.ts: the one table they join; method-kit.ts has the building blocks).
import { z } from 'zod';
import type { Message } from '../i18n/message.js';
import type { ArgExplanation, CreatePreview, DiskConfig } from '../model/index.js';
import { createStepInput, createVmInput } from './create.js';
import { portForward } from './fields.js';
import { byId, method, returns } from './method-kit.js';
import { said } from './schema-messages.js';

/** A disk of the VM the wizard plans, with its size: what Review lists. */
export interface PlannedDisk {
  /** As the definition names it: a file in the VM's folder, or an absolute path (an image used where it is). */
  file: string;
  /** Where it is or will be. */
  path: string;
  format: DiskConfig['format'];
  bus: DiskConfig['bus'];
  /** new: made empty; converted: a qcow2 copy of the image; overlay: a qcow2 on the image; in-place, existing: the image itself. */
  origin: 'new' | 'converted' | 'overlay' | 'in-place' | 'existing';
  /** The size the guest sees, in bytes. */
  virtualSize: number;
  /**
   * Bytes it claims on the host: all of a new raw disk (its file grows to that without asking), about
   * the data of a converted copy; null for what grows as the guest writes (qcow2) or exists already.
   */
  hostBytes: number | null;
}

/** What one step's check found beyond its refusals (those are ApiErrors naming the field). */
export interface CreateStepCheck {
  /** What the person should know that does not stop creation: a qcow2 larger than the free space... */
  warnings: Message[];
  /** Storage step: the disks this choice makes or uses, with sizes. */
  disks?: PlannedDisk[];
  /** Storage step: free bytes where the VM's folder goes (statfs of the data folder). */
  freeBytes?: number;
}

/** previewCreate with the disks' sizes: Review shows exactly this, and create() makes exactly this. */
export interface CreateReview extends CreatePreview {
  disks: PlannedDisk[];
  /** What each option of the qemu-system-x86_64 command (the last of `commands`) does. */
  explained: ArgExplanation[];
}

/** What stops a clone of this VM, per mode, before the person chooses: each a sentence with the fix. */
export interface CloneBlockers {
  full: Message[];
  /** Every blocker of a full copy, then the linked clone's own (the same objects, in the engine). */
  linked: Message[];
}

export const wizardMethods = {
  /**
   * The engine's check of one wizard step, so a mistake is told on the step that makes it: files exist
   * and are what they claim, host ports are free and no other VM forwards them, the name is free, the
   * disks fit in the free space (raw refused, qcow2 warned). A refusal is an ApiError naming the field.
   */
  checkCreateStep: method(createStepInput, returns<CreateStepCheck>()),
  /**
   * The plan create() carries out for this input, with every disk's size. Give its config.id and MAC
   * back to create (id, network.mac) and the VM created is the one reviewed.
   */
  reviewCreate: method(createVmInput, returns<CreateReview>()),
  /** A host port for a new forward to guestPort: none of the VMs forwards it, nothing listens on it, not in taken. */
  suggestHostPort: method(
    z
      .object({
        proto: portForward.shape.proto,
        guestPort: portForward.shape.guestPort,
        /** Host ports the form holds already (not saved yet). */
        taken: z.array(portForward.shape.hostPort).max(64, said('validation:port.taken')),
      })
      .strict(),
    returns<{ hostPort: number }>(),
  ),
  /** Why a full copy or a linked clone of this VM cannot be made now (state, snapshots, files), per mode. */
  cloneBlockers: method(byId, returns<CloneBlockers>()),
};
