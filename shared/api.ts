// The contract between the renderer (untrusted) and the engine. Every method takes one object and
// returns a Promise; the same shape travels over Electron IPC and over the headless WebSocket.
import type {
  Accel,
  DiskBus,
  DiskFormat,
  HostInfo,
  NicModel,
  PortForward,
  QemuCapabilities,
  Remedy,
  VmConfig,
  VmStatsHistory,
  VmStatsSample,
  VmSummary,
} from './model/index.js';

/** Where the guest OS comes from: the wizard's first step. */
export type InstallSource =
  /** Boot an installer ISO from a CD-ROM drive. */
  | { kind: 'iso'; isoPath: string }
  /**
   * An existing disk image (qcow2, raw, vmdk, vdi): "convert" copies it into the VM folder as qcow2
   * (with progress), "overlay" makes a qcow2 in the VM folder whose backing file is the image (left
   * untouched), "use" runs the image where it is.
   */
  | { kind: 'import'; path: string; mode: 'convert' | 'overlay' | 'use' }
  /** Direct kernel boot: QEMU loads the kernel (and initrd) itself, no boot loader. */
  | { kind: 'kernel'; kernel: string; initrd: string | null; append: string }
  /** Network boot (PXE) through the NIC's option ROM. */
  | { kind: 'pxe' };

export type StorageChoice =
  | { kind: 'new'; sizeGiB: number; format: 'qcow2' | 'raw' }
  | { kind: 'existing'; path: string }
  | { kind: 'none' };

export interface NetworkChoice {
  mode: 'user' | 'bridge' | 'none';
  /** user mode: host port -> guest port, bound on 127.0.0.1. */
  forwards?: PortForward[];
  /** bridge mode: the host bridge, e.g. br0. */
  bridge?: string;
  model?: NicModel;
  /** Generated (52:54:00:xx:xx:xx, unique among this user's VMs) when not given. */
  mac?: string;
}

export interface CreateVmInput {
  name: string;
  description?: string;
  /** From detectOs or the OS list; its defaults fill in what the input leaves out. */
  osId?: string | null;
  source: InstallSource;
  memoryMiB: number;
  cpus: number;
  accel: Accel;
  storage: StorageChoice;
  network: NetworkChoice;
  /** Overrides of the OS defaults. */
  firmware?: 'bios' | 'uefi';
  machine?: string;
  cpuModel?: string | null;
  diskBus?: DiskBus;
  display?: 'none' | 'vnc';
}

export interface OsInfo {
  id: string;
  name: string;
  family: 'linux' | 'bsd' | 'windows' | 'other';
  defaults: {
    memoryMiB: number;
    cpus: number;
    diskGiB: number;
    firmware: 'bios' | 'uefi';
    diskBus: DiskBus;
    nicModel: NicModel;
    machine: string;
  };
}

export interface DetectedOs {
  os: OsInfo;
  /** How it was found: libosinfo, the ISO's volume label, or not at all (generic defaults). */
  source: 'osinfo' | 'label' | 'none';
  volumeId: string | null;
}

/** What creating would do, without doing it: the wizard's review step. */
export interface CreatePreview {
  config: VmConfig;
  /** The exact commands, as a person would type them (qemu-img first, then qemu-system-x86_64). */
  commands: string[];
  warnings: string[];
}

export interface ImageDetails {
  format: DiskFormat | string;
  virtualSize: number;
  actualSize: number | null;
  backingFile: string | null;
}

export interface UpdateResult {
  vm: VmSummary;
  /** Changed settings that the running VM gets only at its next boot (shown as "applies at next boot"). */
  pendingRestart: string[];
  /** Changed settings applied to the running VM at once (CD-ROM media, balloon target). */
  appliedLive: string[];
}

/** Fields of VmConfig a user may edit (everything but identity and bookkeeping). */
export type VmConfigPatch = Partial<Omit<VmConfig, 'id' | 'schemaVersion' | 'createdAt'>>;

export interface TaskProgress {
  id: string;
  /** The VM the task is for (null while a VM is being created). */
  vmId: string | null;
  /** The VM the task is for (creation: the name it will have). */
  vmName: string;
  /** "Converting disk.vmdk to qcow2" */
  title: string;
  percent: number;
  state: 'running' | 'done' | 'failed' | 'cancelled';
  /** cancelTask() stops it, leaving nothing half-written. */
  cancellable: boolean;
  error?: string;
}

/** One image in qemu-img info --backing-chain order: the image itself first, then its backing file... */
export interface ImageLayer {
  path: string;
  format: string;
  virtualSize: number;
  /** Bytes the file takes on disk (sparse files take less than their virtual size). */
  actualSize: number | null;
}

/** A disk image in the Disks view: a VM's disk, or a read-only base that linked clones share. */
export interface DiskEntry {
  path: string;
  /** The VM whose disk this is (index into its disks); null for a shared base. */
  vm: { id: string; name: string; index: number } | null;
  /** Names of the VMs whose disks have this image as their backing file. */
  usedBy: string[];
  /** This image first, then its backing chain; null when qemu-img cannot read it (see error). */
  chain: ImageLayer[] | null;
  snapshots: number;
  error?: string;
  /**
   * Why resize/convert/check are refused now (the VM runs and QEMU holds the image's lock, the VM's
   * state is saved, linked clones depend on it); null = allowed.
   */
  busy: string | null;
}

export interface DiskCheckResult {
  /** qemu-img check: exit 0 clean, 2 corrupt, 3 leaked clusters only. */
  verdict: 'clean' | 'leaks' | 'corrupt' | 'unsupported';
  corruptions: number;
  leaks: number;
  /** qemu-img's own words. */
  message: string;
}

/** A file the delete dialog offers to delete, with a checkbox. */
export interface DeletionFile {
  path: string;
  insideVmFolder: boolean;
  sizeBytes: number | null;
  /** Other VMs whose disks build on this file (linked clones): it cannot be deleted while they exist. */
  usedBy: string[];
}

export interface SnapshotInfo {
  /** The tag (unique per VM). */
  name: string;
  description: string;
  /** ISO time it was taken. */
  createdAt: string;
  /** Size of the saved memory and device state; 0 for a disk-only (offline) snapshot. */
  vmStateBytes: number;
  /** Reverting to it restores a running guest (memory included), not only the disks. */
  live: boolean;
}

export interface SnapshotList {
  snapshots: SnapshotInfo[];
  /** Why this VM cannot take snapshots (a raw disk, a UEFI variable store...), with the fix; null = it can. */
  unavailable: string | null;
}

export interface ConsoleTicket {
  /** ws://127.0.0.1:PORT/console/<id>/<stream>?token=... (the token works once, for a short time). */
  url: string;
}

/**
 * serial0: the guest's first serial port (text, scrollback replayed on attach); monitor: QEMU's human
 * monitor (HMP, text); vnc: the graphical display as raw RFB bytes (one QEMU connection per viewer).
 */
export type ConsoleStream = 'serial0' | 'monitor' | 'vnc';

export interface Settings {
  /** A VM under KVM whose vCPUs run no guest code and print nothing for this long gets a warning. */
  kvmWatchdogSec: number;
  /** How often running VMs' statistics are sampled, in seconds (one timer for all of them). */
  statsIntervalSec: number;
  /** Serial console scrollback kept by the engine and replayed to each new viewer, in KiB (>= 1024). */
  scrollbackKiB: number;
}

export interface VmApi {
  /** The host check; the KVM self-test result comes from its cache (per host boot and QEMU version). */
  host(arg: Record<string, never>): Promise<HostInfo>;
  /** Run the KVM self-test again, whatever the cache says. */
  rerunKvmSelfTest(arg: Record<string, never>): Promise<HostInfo>;
  /** Machine types, CPU models, devices, accelerators and firmware of this QEMU. */
  capabilities(arg: Record<string, never>): Promise<QemuCapabilities>;
  settings(arg: Record<string, never>): Promise<Settings>;
  updateSettings(arg: Partial<Settings>): Promise<Settings>;
  list(arg: Record<string, never>): Promise<VmSummary[]>;
  get(arg: { id: string }): Promise<VmSummary>;
  create(arg: CreateVmInput): Promise<VmSummary>;
  /** The VM create() would make and the exact commands it would run, without writing anything. */
  previewCreate(arg: CreateVmInput): Promise<CreatePreview>;
  /** Which OS an install ISO holds, with the defaults for it. */
  detectOs(arg: { isoPath: string }): Promise<DetectedOs>;
  /** Every OS VirtDesk has defaults for, for a searchable list. */
  osList(arg: Record<string, never>): Promise<OsInfo[]>;
  /** qemu-img info of an image to import. */
  inspectImage(arg: { path: string }): Promise<ImageDetails>;
  /** Change a VM's settings (validated like creation); live where QEMU allows, else at next boot. */
  update(arg: { id: string; patch: VmConfigPatch }): Promise<UpdateResult>;
  /** A new empty disk image in the VM's folder (qemu-img create), added to its disks. */
  addDisk(arg: { id: string; sizeGiB: number; format: 'qcow2' | 'raw'; bus: DiskBus }): Promise<UpdateResult>;
  /** The qemu-system-x86_64 command line VirtDesk runs for this VM, formatted for reading. */
  commandLine(arg: { id: string }): Promise<{ text: string }>;
  /** A POSIX shell script that runs this VM without VirtDesk (serial console on the terminal). */
  exportScript(arg: { id: string }): Promise<{ fileName: string; script: string }>;
  /**
   * Boot the VM, or restore it when its state is saved. disposable: writes go to temporary files
   * (QEMU -snapshot) and the disks stay untouched.
   */
  start(arg: { id: string; disposable?: boolean }): Promise<VmSummary>;
  /** ACPI power button; forced off after timeoutSec if the guest ignores it. */
  shutdown(arg: { id: string; timeoutSec?: number }): Promise<VmSummary>;
  forceOff(arg: { id: string }): Promise<VmSummary>;
  /** Freeze the guest (QMP stop); resume carries on where it was. */
  pause(arg: { id: string }): Promise<VmSummary>;
  resume(arg: { id: string }): Promise<VmSummary>;
  /** Like pressing the reset button: no shutdown, the guest starts over at once. */
  reset(arg: { id: string }): Promise<VmSummary>;
  /**
   * ACPI reboot: the power button, and when the guest has shut down it starts again instead of
   * stopping. A guest that ignores the button for timeoutSec is reset instead.
   */
  reboot(arg: { id: string; timeoutSec?: number }): Promise<VmSummary>;
  /** Write the running guest's memory and devices to a file in its folder and stop it ("saved"). */
  saveState(arg: { id: string }): Promise<VmSummary>;
  /** Forget a saved state: the next start boots afresh (like pulling the plug on the saved guest). */
  discardSavedState(arg: { id: string }): Promise<VmSummary>;
  /**
   * Full copy, or linked: qcow2 overlays on the original's disks, which become a shared read-only base.
   * The clone gets new MACs and no port forwards (two VMs cannot listen on one host port).
   */
  cloneVm(arg: { id: string; name: string; mode: 'full' | 'linked' }): Promise<VmSummary>;
  /** Every disk image of every VM, and the bases linked clones share; with vmId, that VM's disks only. */
  listDisks(arg: { vmId?: string }): Promise<DiskEntry[]>;
  /** Grow a disk (the guest must grow its partitions itself); shrinking needs shrink: true and loses data. */
  resizeDisk(arg: { id: string; index: number; sizeBytes: number; shrink?: boolean }): Promise<DiskEntry>;
  /**
   * qemu-img convert into a new file beside the disk (a task with progress, cancellable). use: the VM
   * uses the new file from now on (the old one is kept).
   */
  convertDisk(arg: { id: string; index: number; format: DiskFormat; compress?: boolean; use?: boolean }): Promise<{ path: string }>;
  checkDisk(arg: { id: string; index: number }): Promise<DiskCheckResult>;
  listSnapshots(arg: { id: string }): Promise<SnapshotList>;
  /** Live (memory and disks, QMP snapshot-save) while the VM runs; disks only (qemu-img) when it is off. */
  createSnapshot(arg: { id: string; name: string; description?: string }): Promise<SnapshotList>;
  /** Back to the snapshot: a live one restores the running guest (starting the VM if it is off). */
  revertSnapshot(arg: { id: string; name: string }): Promise<SnapshotList>;
  deleteSnapshot(arg: { id: string; name: string }): Promise<SnapshotList>;
  /** The last five minutes of a VM's statistics (then 'stats' events bring each new sample). */
  statsHistory(arg: { id: string }): Promise<VmStatsHistory>;
  /** Long operations in progress (the same objects the task events carry). */
  tasks(arg: Record<string, never>): Promise<TaskProgress[]>;
  cancelTask(arg: { taskId: string }): Promise<void>;
  /**
   * Delete a VM: its definition always; of its files only those listed in deleteFiles (paths as
   * returned by deletionPlan). A running VM must be forced off first (forceOff: true). Files kept
   * inside the VM's folder are moved aside, never lost.
   */
  remove(arg: { id: string; deleteFiles: string[]; forceOff?: boolean }): Promise<{ kept: string[]; keptIn: string | null }>;
  /** What deleting would touch: each disk (inside or outside the VM folder) for the dialog's checkboxes. */
  deletionPlan(arg: { id: string }): Promise<{ files: DeletionFile[] }>;
  openConsole(arg: { id: string; stream: ConsoleStream }): Promise<ConsoleTicket>;
  /** The guest's screen now, as PNG (QMP screendump). */
  screenshot(arg: { id: string }): Promise<{ pngBase64: string; width: number; height: number }>;
  /** Press keys together on the guest's keyboard, as QEMU qcodes: ["ctrl", "alt", "delete"]. */
  sendKeys(arg: { id: string; keys: string[] }): Promise<void>;
  /** Apply one of status.remedies: change the VM's settings and, if it runs or crashed, start it again. */
  applyRemedy(arg: { id: string; remedy: Remedy }): Promise<VmSummary>;
}

export type VmMethod = keyof VmApi;
export const VM_METHODS: readonly VmMethod[] = [
  'host',
  'rerunKvmSelfTest',
  'capabilities',
  'settings',
  'updateSettings',
  'list',
  'get',
  'create',
  'previewCreate',
  'detectOs',
  'osList',
  'inspectImage',
  'update',
  'addDisk',
  'commandLine',
  'exportScript',
  'start',
  'shutdown',
  'forceOff',
  'pause',
  'resume',
  'reset',
  'reboot',
  'saveState',
  'discardSavedState',
  'cloneVm',
  'listDisks',
  'resizeDisk',
  'convertDisk',
  'checkDisk',
  'listSnapshots',
  'createSnapshot',
  'revertSnapshot',
  'deleteSnapshot',
  'statsHistory',
  'tasks',
  'cancelTask',
  'remove',
  'deletionPlan',
  'openConsole',
  'screenshot',
  'sendKeys',
  'applyRemedy',
];

export type VmEvent =
  | { type: 'vm-changed'; vm: VmSummary }
  | { type: 'vm-removed'; id: string }
  | { type: 'host-changed'; host: HostInfo }
  | { type: 'settings-changed'; settings: Settings }
  | { type: 'task'; task: TaskProgress }
  /** A new statistics sample of a running VM, every statsIntervalSec. */
  | { type: 'stats'; id: string; sample: VmStatsSample };

export type ApiErrorCode =
  | 'invalid' // bad argument: fix the input
  | 'not-found'
  | 'conflict' // the VM is in the wrong state, or the name is taken
  | 'qemu' // QEMU or qemu-img failed
  | 'io' // the file system refused
  | 'internal';

export interface ApiErrorShape {
  code: ApiErrorCode;
  message: string;
  details?: unknown;
}

/** Thrown by the engine, carried over either transport, re-thrown by the client. */
export class ApiError extends Error implements ApiErrorShape {
  constructor(
    public readonly code: ApiErrorCode,
    message: string,
    public readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
  toJSON(): ApiErrorShape {
    return { code: this.code, message: this.message, details: this.details };
  }
  static from(shape: ApiErrorShape): ApiError {
    return new ApiError(shape.code, shape.message, shape.details);
  }
}

/** Messages of the RPC channel (WebSocket transport; IPC carries the same payloads). */
export type RpcRequest = { id: number; method: string; arg: unknown };
export type RpcResponse =
  | { id: number; result: unknown }
  | { id: number; error: ApiErrorShape };
export type RpcMessage = RpcResponse | { event: VmEvent };

export type RpcResult = { result: unknown } | { error: ApiErrorShape };

/**
 * The one object Electron's preload exposes as window.virtdesk. Errors come back as values, not
 * rejections, because Electron's IPC flattens a thrown error into a message string.
 */
export interface VirtdeskBridge {
  call(method: VmMethod, arg: unknown): Promise<RpcResult>;
  /** Subscribe to engine events; returns the unsubscribe function. */
  on(listener: (event: VmEvent) => void): () => void;
}
