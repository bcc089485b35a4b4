// THE contract: every API method, its argument schema and its result type. VmApi (what clients call),
// VmHandlers (what the engine implements), the method list and the client are all derived from this
// table (shared/api.ts); serve() validates every argument with it before a handler sees it. A method
// missing here does not exist; a handler missing in the engine does not compile.
import { z } from 'zod';
import type { Message } from '../i18n/message.js';
import type {
  ArgExplanation,
  ConsoleTicket,
  CreatePreview,
  DeletionFile,
  DetectedOs,
  DiskCheckResult,
  DiskEntry,
  HostInfo,
  ImageDetails,
  OsInfo,
  QemuCapabilities,
  SnapshotList,
  TaskProgress,
  UpdateResult,
  VmStatsHistory,
  VmSummary,
} from '../model/index.js';
import { createVmInput } from './create.js';
import { absolutePath, consoleStream, diskIndex, diskSizeGiB, plainText, remedy, snapshotName, vmId, vmName } from './fields.js';
import { says } from '../i18n/message.js';
import { byId, method, none, returns, withId } from './method-kit.js';
import { said } from './schema-messages.js';
import { labMethods } from './lab-methods.js';
import { mediaMethods } from './media-methods.js';
import { networkMethods } from './network-methods.js';
import { powerMethods } from './power-methods.js';
import { settingsPatch, type Settings } from './settings.js';
import { wizardMethods } from './wizard-methods.js';
import { diskBus, diskFormat, vmConfigPatch } from './vm-config.js';

const seconds = z
  .number({ error: said('validation:timeout.number') })
  .int(said('validation:timeout.whole'))
  .min(1, said('validation:timeout.min'))
  .max(3600, said('validation:settings.waitMax'));

export const resizeSizeBytes = z
  .number({ error: said('validation:disk.resizeNumber') })
  .int(said('validation:disk.resizeWhole'))
  .min(1024 ** 2, said('validation:disk.resizeMin'))
  .max(64 * 1024 ** 4, said('validation:disk.resizeMax'))
  .refine((n) => n % 512 === 0, said('validation:disk.resizeSectors'));

export const snapshotDescription = plainText(500, says('validation:what.description'));

export const methods = {
  /** The host check; the KVM self-test result comes from its cache (per host boot and QEMU version). */
  host: method(none, returns<HostInfo>()),
  /** Run the KVM self-test again, whatever the cache says. */
  rerunKvmSelfTest: method(none, returns<HostInfo>()),
  /** Machine types, CPU models, devices, accelerators and firmware of this QEMU. */
  capabilities: method(none, returns<QemuCapabilities>()),
  settings: method(none, returns<Settings>()),
  /** What the engine found wrong at start and dealt with, for the user to read once (a settings file set aside...). */
  notices: method(none, returns<Message[]>()),
  updateSettings: method(settingsPatch, returns<Settings>()),
  list: method(none, returns<VmSummary[]>()),
  get: method(byId, returns<VmSummary>()),
  create: method(createVmInput, returns<VmSummary>()),
  /** The VM create() would make and the exact commands it would run, without writing anything. */
  previewCreate: method(createVmInput, returns<CreatePreview>()),
  /** Which OS an install ISO holds, with the defaults for it. */
  detectOs: method(z.object({ isoPath: absolutePath }).strict(), returns<DetectedOs>()),
  /** Every OS VirtDesk has defaults for, for a searchable list. */
  osList: method(none, returns<OsInfo[]>()),
  /** qemu-img info of an image to import. */
  inspectImage: method(z.object({ path: absolutePath }).strict(), returns<ImageDetails>()),
  /** Change a VM's settings (checked like creation); live where QEMU allows, else at next boot. */
  update: method(withId({ patch: vmConfigPatch }), returns<UpdateResult>()),
  /** A new empty disk image in the VM's folder (qemu-img create), added to its disks. */
  addDisk: method(withId({ sizeGiB: diskSizeGiB, format: z.enum(['qcow2', 'raw']), bus: diskBus }), returns<UpdateResult>()),
  /** The qemu-system-x86_64 command line VirtDesk runs for this VM, formatted for reading. */
  commandLine: method(byId, returns<{ text: string; explained: ArgExplanation[] }>()),
  /** A POSIX shell script that runs this VM without VirtDesk (serial console on the terminal). */
  exportScript: method(byId, returns<{ fileName: string; script: string }>()),
  /**
   * Boot the VM, or restore it when its state is saved. disposable: writes go to temporary files
   * (QEMU -snapshot) and the disks stay untouched.
   */
  start: method(withId({ disposable: z.boolean().optional() }), returns<VmSummary>()),
  /** ACPI power button; forced off after timeoutSec if the guest ignores it. */
  shutdown: method(withId({ timeoutSec: seconds.optional() }), returns<VmSummary>()),
  forceOff: method(byId, returns<VmSummary>()),
  /** Freeze the guest (QMP stop); resume carries on where it was. */
  pause: method(byId, returns<VmSummary>()),
  resume: method(byId, returns<VmSummary>()),
  /** Like pressing the reset button: no shutdown, the guest starts over at once. */
  reset: method(byId, returns<VmSummary>()),
  /**
   * ACPI reboot: the power button, and when the guest has shut down it starts again instead of
   * stopping. A guest that ignores the button for timeoutSec is reset instead.
   */
  reboot: method(withId({ timeoutSec: seconds.optional() }), returns<VmSummary>()),
  /** Write the running guest's memory and devices to a file in its folder and stop it ("saved"). */
  saveState: method(byId, returns<VmSummary>()),
  /** Forget a saved state: the next start boots afresh (like pulling the plug on the saved guest). */
  discardSavedState: method(byId, returns<VmSummary>()),
  /**
   * Full copy, or linked: qcow2 overlays on the original's disks, which become a shared read-only base.
   * The clone gets new MACs and no port forwards (two VMs cannot listen on one host port).
   */
  cloneVm: method(withId({ name: vmName, mode: z.enum(['full', 'linked']) }), returns<VmSummary>()),
  /** Every disk image of every VM, and the bases linked clones share; with vmId, that VM's disks only. */
  listDisks: method(z.object({ vmId: vmId.optional() }).strict(), returns<DiskEntry[]>()),
  /** Grow a disk (the guest must grow its partitions itself); shrinking needs shrink: true and loses data. */
  resizeDisk: method(withId({ index: diskIndex, sizeBytes: resizeSizeBytes, shrink: z.boolean().optional() }), returns<DiskEntry>()),
  /**
   * qemu-img convert into a new file beside the disk (a task with progress, cancellable). use: the VM
   * uses the new file from now on (the old one is kept).
   */
  convertDisk: method(
    withId({ index: diskIndex, format: diskFormat, compress: z.boolean().optional(), use: z.boolean().optional() }),
    returns<{ path: string }>(),
  ),
  checkDisk: method(withId({ index: diskIndex }), returns<DiskCheckResult>()),
  listSnapshots: method(byId, returns<SnapshotList>()),
  /** Live (memory and disks, QMP snapshot-save) while the VM runs; disks only (qemu-img) when it is off. */
  createSnapshot: method(withId({ name: snapshotName, description: snapshotDescription.optional() }), returns<SnapshotList>()),
  /** Back to the snapshot: a live one restores the running guest (starting the VM if it is off). */
  revertSnapshot: method(withId({ name: snapshotName }), returns<SnapshotList>()),
  deleteSnapshot: method(withId({ name: snapshotName }), returns<SnapshotList>()),
  /** The last five minutes of a VM's statistics (then 'stats' events bring each new sample). */
  statsHistory: method(byId, returns<VmStatsHistory>()),
  /** Long operations in progress (the same objects the task events carry). */
  tasks: method(none, returns<TaskProgress[]>()),
  cancelTask: method(z.object({ taskId: z.uuid(said('validation:id.task')) }).strict(), returns<void>()),
  /**
   * Delete a VM: its definition always; of its files only those listed in deleteFiles (paths as
   * returned by deletionPlan). A running VM must be forced off first (forceOff: true). Files kept
   * inside the VM's folder are moved aside, never lost. Works for a broken VM too.
   */
  remove: method(
    withId({
      deleteFiles: z.array(absolutePath).max(64, said('validation:files.deleteMax')),
      forceOff: z.boolean().optional(),
    }),
    returns<{ kept: string[]; keptIn: string | null }>(),
  ),
  /** What deleting would touch: each file (inside or outside the VM folder) for the dialog's checkboxes. */
  deletionPlan: method(byId, returns<{ files: DeletionFile[] }>()),
  openConsole: method(withId({ stream: consoleStream }), returns<ConsoleTicket>()),
  /** The guest's screen now, as PNG (QMP screendump). */
  screenshot: method(byId, returns<{ pngBase64: string; width: number; height: number }>()),
  /** Press keys together on the guest's keyboard, as QEMU qcodes: ["ctrl", "alt", "delete"]. */
  sendKeys: method(
    withId({
      keys: z
        .array(
          z
            .string()
            .max(32, said('validation:keys.tooLong'))
            .regex(/^[a-z0-9_]+$/, said('validation:keys.qcode')),
        )
        .min(1, said('validation:keys.none'))
        .max(8, said('validation:keys.tooMany')),
    }),
    returns<void>(),
  ),
  /** Apply one of status.remedies: change the VM's settings and, if it runs or crashed, start it again. */
  applyRemedy: method(withId({ remedy }), returns<VmSummary>()),
  // Each area of the API keeps its further methods in a file of its own.
  ...mediaMethods,
  ...wizardMethods,
  ...powerMethods,
  ...labMethods,
  ...networkMethods,
};
