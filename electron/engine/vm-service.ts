// The engine's API: a thin facade that wires the parts together and hands each method to the module
// for its job (vms/: creation, edits, lifecycle, deletion, guest I/O, storage, inspection). serve() has
// validated every argument before it gets here. State changes reach clients as VmEvents, so no client
// ever needs to poll.
import { EventEmitter } from 'node:events';
import type { ParsedArgOf as Arg, Settings, TaskProgress, VmEvent, VmHandlers } from '../../shared/api.js';
import type { Message } from '../../shared/i18n/index.js';
import type { HostInfo, QemuCapabilities, VmSummary } from '../../shared/model/index.js';
import { ConsoleHub } from './console/console-hub.js';
import { readMonitorDrives } from './console/monitor-drives.js';
import { prepareEngineFiles } from './fs-safety/prepare-engine-files.js';
import { HostService } from './host-service.js';
import { KeyedMutex } from './keyed-mutex.js';
import { Media } from './media/media-service.js';
import type { EnginePaths } from './paths.js';
import { VmMonitor } from './stats/vm-monitor.js';
import { snapshotTreeOf } from './snapshots/snapshot-service.js';
import { SettingsStore } from './store/settings-store.js';
import { VmStore } from './store/vm-store.js';
import { TaskRegistry } from './tasks/task-registry.js';
import { EngineContext } from './vms/context.js';
import { Creation } from './vms/creation.js';
import { Deletion } from './vms/deletion.js';
import { Edits } from './vms/edits.js';
import { GuestIo } from './vms/guest-io.js';
import { Inspection } from './vms/inspection.js';
import { Labs } from './vms/labs.js';
import { Lifecycle, requireQmp } from './vms/lifecycle.js';
import { Networks } from './vms/networks.js';
import { VmRegistry } from './vms/registry.js';
import { StorageOps } from './vms/storage-ops.js';
import { brokenSummary, summarize } from './vms/summary.js';
import { reattachAll, superviseVm } from './vms/supervise.js';

export interface VmServiceOptions {
  paths: EnginePaths;
  /** Program names or paths; found on PATH by default. */
  qemuSystem?: string;
  qemuImg?: string;
}

export class VmService extends EventEmitter<{ event: [VmEvent] }> implements VmHandlers {
  readonly consoles: ConsoleHub;
  private readonly ctx: EngineContext;
  private readonly hostService: HostService;
  private readonly settingsStore: SettingsStore;
  private readonly monitor: VmMonitor;
  private readonly creation: Creation;
  private readonly edits: Edits;
  private readonly lifecycle: Lifecycle;
  private readonly deletion: Deletion;
  private readonly guestIo: GuestIo;
  private readonly storage: StorageOps;
  private readonly inspection: Inspection;
  private readonly media: Media;
  private readonly labs: Labs;
  private readonly networkList: Networks;

  constructor(opts: VmServiceOptions) {
    super();
    const { paths } = opts;
    const emit = (event: VmEvent) => this.emit('event', event);
    this.consoles = new ConsoleHub(paths);
    this.settingsStore = new SettingsStore(paths.dataDir);
    this.hostService = new HostService({ paths, qemuSystem: opts.qemuSystem, qemuImg: opts.qemuImg });
    this.hostService.on('changed', (host) => emit({ type: 'host-changed', host }));
    const tasks = new TaskRegistry();
    tasks.on('task', (task) => emit({ type: 'task', task }));
    const store = new VmStore(paths);
    // Statistics and the KVM watchdog forget a VM when the registry does: one place removes it.
    const registry: VmRegistry = new VmRegistry(
      store,
      (id) => superviseVm(this.ctx, id),
      (id) => this.monitor.forget(id),
    );
    this.monitor = new VmMonitor({
      vms: () => registry.all().map((e) => ({ id: e.id, proc: e.proc, config: e.startedWith ?? undefined })),
      lastOutputAt: (id) => this.consoles.lastOutputAt(id),
      settings: () => this.settingsStore.read(),
      onSample: (id, sample) => emit({ type: 'stats', id, sample }),
    });
    const parts = { paths, store, registry, tasks, emit, mutex: new KeyedMutex(), consoles: this.consoles, monitor: this.monitor };
    this.ctx = new EngineContext({ ...parts, hostService: this.hostService, settings: this.settingsStore });
    this.lifecycle = new Lifecycle(this.ctx);
    this.storage = new StorageOps(this.ctx, this.lifecycle);
    this.creation = new Creation(this.ctx);
    this.edits = new Edits(this.ctx);
    this.deletion = new Deletion(this.ctx, this.storage.disks);
    this.guestIo = new GuestIo(this.ctx);
    this.labs = new Labs(this.ctx, this.deletion, () => this.creation.cloneHost());
    this.inspection = new Inspection(this.ctx);
    // The library names the VMs that use each image: it reads them from the registry on each scan.
    const vmConfigs = async () => (await this.ctx.registry.list()).flatMap((s) => (s.config ? [s.config] : []));
    this.media = new Media({ paths: this.ctx.paths, vmConfigs });
    this.networkList = new Networks(paths, parts.mutex, () => this.list(), emit);
  }

  /** Probe the host and re-attach to VMs that kept running while VirtDesk was closed. */
  async init(): Promise<void> {
    // First: the umask, a private runtime folder (or a refusal that says why), and what a killed engine
    // left half-written removed - before anything here writes a file.
    await prepareEngineFiles(this.ctx.paths);
    // The host probe (with the KVM self-test: seconds, once per host boot) runs in the background so
    // the window or the server is up at once; host() and start() wait for it when they need it.
    this.hostService.info().catch((err: Error) => console.error(`virtdesk: host check failed: ${err.message}`));
    await reattachAll(this.ctx);
    this.monitor.start();
  }

  /** VirtDesk quits: VMs keep running; their consoles are closed and will be re-attached next time. */
  async close(): Promise<void> {
    this.monitor.stop();
    for (const e of this.ctx.registry.all()) e.proc.detach();
    this.consoles.close();
  }

  // Host and settings
  host = (): Promise<HostInfo> => this.hostService.info();
  rerunKvmSelfTest = (): Promise<HostInfo> => this.hostService.rerunSelfTest();
  capabilities = (): Promise<QemuCapabilities> => this.hostService.capabilities();
  settings = (): Promise<Settings> => this.settingsStore.read();
  updateSettings = async (patch: Arg<'updateSettings'>): Promise<Settings> => {
    const settings = await this.settingsStore.update(patch);
    this.emit('event', { type: 'settings-changed', settings });
    return settings;
  };
  notices = async (): Promise<Message[]> => {
    await this.settingsStore.read(); // reading is what finds a broken file
    return this.settingsStore.notice ? [this.settingsStore.notice] : [];
  };

  // The list and one VM
  list = async (): Promise<VmSummary[]> =>
    (await this.ctx.registry.list()).map((s) => (s.config ? summarize(this.ctx.registry.admit(s)) : brokenSummary(s.id, s.error)));
  get = async ({ id }: Arg<'get'>): Promise<VmSummary> => {
    const s = await this.ctx.parts.store.read(id);
    return s.config ? summarize(this.ctx.registry.admit(s)) : brokenSummary(id, s.error);
  };
  commandLine = (a: Arg<'commandLine'>) => this.inspection.commandLine(a);
  exportScript = (a: Arg<'exportScript'>) => this.inspection.exportScript(a);
  statsHistory = (a: Arg<'statsHistory'>) => this.inspection.statsHistory(a);

  // Creation and edits
  create = (a: Arg<'create'>) => this.creation.create(a);
  previewCreate = (a: Arg<'previewCreate'>) => this.creation.previewCreate(a);
  detectOs = (a: Arg<'detectOs'>) => this.creation.detectOs(a);
  osList = () => this.creation.osList();
  inspectImage = (a: Arg<'inspectImage'>) => this.creation.inspectImage(a);
  cloneVm = (a: Arg<'cloneVm'>) => this.creation.cloneVm(a);
  update = (a: Arg<'update'>) => this.edits.update(a);
  addDisk = (a: Arg<'addDisk'>) => this.edits.addDisk(a);

  // Power
  start = (a: Arg<'start'>) => this.lifecycle.start(a);
  shutdown = (a: Arg<'shutdown'>) => this.lifecycle.shutdown(a);
  forceOff = (a: Arg<'forceOff'>) => this.lifecycle.forceOff(a);
  pause = (a: Arg<'pause'>) => this.lifecycle.pause(a);
  resume = (a: Arg<'resume'>) => this.lifecycle.resume(a);
  reset = (a: Arg<'reset'>) => this.lifecycle.reset(a);
  reboot = (a: Arg<'reboot'>) => this.lifecycle.reboot(a);
  saveState = (a: Arg<'saveState'>) => this.lifecycle.saveState(a);
  discardSavedState = (a: Arg<'discardSavedState'>) => this.lifecycle.discardSavedState(a);
  applyRemedy = (a: Arg<'applyRemedy'>) => this.lifecycle.applyRemedy(a);

  // Deletion
  deletionPlan = (a: Arg<'deletionPlan'>) => this.deletion.plan(a);
  remove = (a: Arg<'remove'>) => this.deletion.remove(a);

  // The guest's consoles, screen and keyboard
  openConsole = (a: Arg<'openConsole'>) => this.guestIo.openConsole(a);
  screenshot = (a: Arg<'screenshot'>) => this.guestIo.screenshot(a);
  sendKeys = (a: Arg<'sendKeys'>) => this.guestIo.sendKeys(a);

  // Disks and snapshots
  listDisks = (a: Arg<'listDisks'>) => this.storage.listDisks(a);
  resizeDisk = (a: Arg<'resizeDisk'>) => this.storage.resizeDisk(a);
  convertDisk = (a: Arg<'convertDisk'>) => this.storage.convertDisk(a);
  checkDisk = (a: Arg<'checkDisk'>) => this.storage.checkDisk(a);
  listSnapshots = (a: Arg<'listSnapshots'>) => this.storage.listSnapshots(a);
  createSnapshot = (a: Arg<'createSnapshot'>) => this.storage.createSnapshot(a);
  revertSnapshot = (a: Arg<'revertSnapshot'>) => this.storage.revertSnapshot(a);
  deleteSnapshot = (a: Arg<'deleteSnapshot'>) => this.storage.deleteSnapshot(a);

  // Long tasks
  tasks = async (): Promise<TaskProgress[]> => this.ctx.tasks.list();
  cancelTask = async ({ taskId }: Arg<'cancelTask'>): Promise<void> => this.ctx.tasks.cancel(taskId);

  // Files and media (the file chooser, the library): shared/schemas/media-methods.ts
  listFolder = (a: Arg<'listFolder'>) => this.media.listFolder(a);
  fileBookmarks = () => this.media.fileBookmarks();
  mediaLibrary = (a: Arg<'mediaLibrary'>) => this.media.mediaLibrary(a);
  setLibraryFolders = (a: Arg<'setLibraryFolders'>) => this.media.setLibraryFolders(a);
  libraryOs = (a: Arg<'libraryOs'>) => this.media.libraryOs(a);

  // The wizard's checks and the OS database: shared/schemas/wizard-methods.ts
  checkCreateStep = (a: Arg<'checkCreateStep'>) => this.creation.checkCreateStep(a);
  reviewCreate = (a: Arg<'reviewCreate'>) => this.creation.reviewCreate(a);
  suggestHostPort = (a: Arg<'suggestHostPort'>) => this.creation.suggestHostPort(a);
  cloneBlockers = (a: Arg<'cloneBlockers'>) => this.creation.cloneBlockers(a);

  // Power, consoles, shared bases and snapshots beyond the core: shared/schemas/power-methods.ts
  monitorDrives = async ({ id }: Arg<'monitorDrives'>) => readMonitorDrives(requireQmp(await this.ctx.registry.load(id), 'readDrives'));
  snapshotTree = async (a: Arg<'snapshotTree'>) => snapshotTreeOf(await this.storage.listSnapshots(a), this.ctx.vmDir(a.id));
  deleteBase = (a: Arg<'deleteBase'>) => this.deletion.deleteBase(a);

  // Labs: shared/schemas/lab-methods.ts
  previewLab = (a: Arg<'previewLab'>) => this.labs.previewLab(a);
  createLab = (a: Arg<'createLab'>) => this.labs.createLab(a);
  deleteLab = (a: Arg<'deleteLab'>) => this.labs.deleteLab(a);
  // Private networks between VMs: shared/schemas/network-methods.ts
  networks = () => this.networkList.list();
  createNetwork = (a: Arg<'createNetwork'>) => this.networkList.create(a);
  deleteNetwork = (a: Arg<'deleteNetwork'>) => this.networkList.remove(a);
}
