// The engine's API: a thin facade that wires the parts together and hands each method to the module
// for its job (vms/creation, vms/edits, vms/lifecycle, vms/deletion, vms/guest-io, disks/, snapshots/).
// serve() has validated every argument before it gets here. State changes reach clients as VmEvents,
// so no client ever needs to poll.
import { EventEmitter } from 'node:events';
import type { ParsedArgOf as Arg, Settings, TaskProgress, VmEvent, VmHandlers } from '../../shared/api.js';
import type { HostInfo, QemuCapabilities, VmStatsHistory, VmSummary } from '../../shared/model/index.js';
import { formatCommand } from './argv/shell-quote.js';
import { exportScript } from './argv/export-script.js';
import { QEMU_SYSTEM } from './argv/build-args.js';
import { ConsoleHub } from './console/console-hub.js';
import { DiskService } from './disks/disk-service.js';
import { prepareEngineFiles } from './fs-safety/prepare-engine-files.js';
import { HostService } from './host-service.js';
import { KeyedMutex } from './keyed-mutex.js';
import { assertExtraArgs } from './policy/index.js';
import { basesDir, runtimeFiles, type EnginePaths } from './paths.js';
import { SnapshotService } from './snapshots/snapshot-service.js';
import { VmMonitor } from './stats/vm-monitor.js';
import { SettingsStore } from './store/settings-store.js';
import { VmStore } from './store/vm-store.js';
import { TaskRegistry } from './tasks/task-registry.js';
import { vmBusy, snapshotBusy } from './vms/busy.js';
import { EngineContext } from './vms/context.js';
import { Creation } from './vms/creation.js';
import { Deletion } from './vms/deletion.js';
import { Edits } from './vms/edits.js';
import { GuestIo } from './vms/guest-io.js';
import { Lifecycle } from './vms/lifecycle.js';
import { qemuCommand } from './vms/qemu-command.js';
import { VmRegistry } from './vms/registry.js';
import { safeFileName } from './vms/file-names.js';
import { brokenSummary, summarize } from './vms/summary.js';
import { superviseVm, reattachAll } from './vms/supervise.js';

export interface VmServiceOptions {
  paths: EnginePaths;
  /** Program names or paths; found on PATH by default. */
  qemuSystem?: string;
  qemuImg?: string;
  /** Where console viewers connect, e.g. "ws://127.0.0.1:8123" (known once the server listens). */
  consoleBase: () => string;
}

export class VmService extends EventEmitter<{ event: [VmEvent] }> implements VmHandlers {
  readonly consoles: ConsoleHub;
  private readonly ctx: EngineContext;
  private readonly hostService: HostService;
  private readonly settingsStore: SettingsStore;
  private readonly monitor: VmMonitor;
  private readonly disks: DiskService;
  private readonly snapshots: SnapshotService;
  private readonly creation: Creation;
  private readonly edits: Edits;
  private readonly lifecycle: Lifecycle;
  private readonly deletion: Deletion;
  private readonly guestIo: GuestIo;

  constructor(opts: VmServiceOptions) {
    super();
    const { paths } = opts;
    const emit = (event: VmEvent) => this.emit('event', event);
    this.consoles = new ConsoleHub((vmId) => runtimeFiles(paths, vmId));
    this.settingsStore = new SettingsStore(paths.dataDir);
    this.hostService = new HostService({ paths, qemuSystem: opts.qemuSystem, qemuImg: opts.qemuImg });
    this.hostService.on('changed', (host) => emit({ type: 'host-changed', host }));
    const tasks = new TaskRegistry();
    tasks.on('task', (task) => emit({ type: 'task', task }));
    const store = new VmStore(paths);
    const registry: VmRegistry = new VmRegistry(
      store,
      (id) => superviseVm(this.ctx, id),
      (id) => {
        this.monitor.watchdog.reset(id);
        this.monitor.sampler.forget(id);
      },
    );
    this.monitor = new VmMonitor({
      vms: () => registry.all().map((e) => ({ id: e.id, proc: e.proc, config: e.startedWith ?? undefined })),
      lastOutputAt: (id) => this.consoles.lastOutputAt(id),
      settings: () => this.settingsStore.read(),
      onSample: (id, sample) => emit({ type: 'stats', id, sample }),
    });
    const mutex = new KeyedMutex();
    this.ctx = new EngineContext({
      paths, store, registry, mutex, tasks, hostService: this.hostService, settings: this.settingsStore, consoles: this.consoles, monitor: this.monitor, emit,
    });
    const ctx = this.ctx;
    this.disks = new DiskService({
      img: () => ctx.img(),
      configs: () => registry.configs(),
      vmDir: (id) => ctx.vmDir(id),
      basesDir: basesDir(paths),
      vmBusy: (id) => { const e = registry.peek(id); return e ? vmBusy(e) : null; },
      tasks,
      writeConfig: async (c) => void (await ctx.writeConfig(c)),
      policy: async (vmId, field) => ({ paths, vmId, field, others: (await registry.configs()).filter((c) => c.id !== vmId) }),
    });
    this.lifecycle = new Lifecycle(ctx);
    this.snapshots = new SnapshotService({
      img: () => ctx.img(),
      vmDir: (id) => ctx.vmDir(id),
      liveQmp: (id) => { const p = registry.peek(id)?.proc; return p?.isActive ? p.qmpClient : null; },
      busy: (id) => { const e = registry.peek(id); return e ? snapshotBusy(e) : null; },
      tasks,
      startAt: async (id, tag) => void (await this.lifecycle.startVm(await registry.load(id), { loadvm: tag })),
    });
    this.creation = new Creation(ctx);
    this.edits = new Edits(ctx);
    this.deletion = new Deletion(ctx, this.disks);
    this.guestIo = new GuestIo(ctx, opts.consoleBase);
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
  notices = async (): Promise<string[]> => {
    await this.settingsStore.read(); // reading is what finds a broken file
    return this.settingsStore.notice ? [this.settingsStore.notice] : [];
  };
  updateSettings = async (patch: Arg<'updateSettings'>): Promise<Settings> => {
    const settings = await this.settingsStore.update(patch);
    this.emit('event', { type: 'settings-changed', settings });
    return settings;
  };

  // The list and one VM
  list = async (): Promise<VmSummary[]> =>
    (await this.ctx.registry.list()).map((s) => (s.config ? summarize(this.ctx.registry.admit(s)) : brokenSummary(s.id, s.error)));
  get = async ({ id }: Arg<'get'>): Promise<VmSummary> => {
    const s = await this.ctx.parts.store.read(id);
    return s.config ? summarize(this.ctx.registry.admit(s)) : brokenSummary(id, s.error);
  };
  commandLine = async ({ id }: Arg<'commandLine'>): Promise<{ text: string }> => {
    const { config } = await this.ctx.registry.load(id);
    return { text: formatCommand(QEMU_SYSTEM, (await qemuCommand(this.ctx, config)).argv) };
  };
  exportScript = async ({ id }: Arg<'exportScript'>): Promise<{ fileName: string; script: string }> => {
    const { config } = await this.ctx.registry.load(id);
    // The script runs without VirtDesk, so nothing would check these at start: refuse bad ones now.
    assertExtraArgs(config.extraArgs);
    const script = exportScript(config, await this.ctx.host(), await this.ctx.caps(), this.ctx.vmDir(id));
    return { fileName: `${safeFileName(config.name)}.sh`, script };
  };
  statsHistory = async ({ id }: Arg<'statsHistory'>): Promise<VmStatsHistory> => {
    const { config } = await this.ctx.registry.load(id);
    const user = config.nics.some((n) => n.network.mode === 'user');
    return {
      samples: this.monitor.sampler.history(id),
      note: user ? "QEMU's user-mode network (NAT) keeps no byte counters, so there is no network graph for it; bridged NICs have one." : null,
    };
  };

  // Creation
  create = (a: Arg<'create'>) => this.creation.create(a);
  previewCreate = (a: Arg<'previewCreate'>) => this.creation.previewCreate(a);
  detectOs = (a: Arg<'detectOs'>) => this.creation.detectOs(a);
  osList = () => this.creation.osList();
  inspectImage = (a: Arg<'inspectImage'>) => this.creation.inspectImage(a);
  cloneVm = (a: Arg<'cloneVm'>) => this.creation.cloneVm(a);

  // Edits
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

  // Disks and snapshots (under the VM's lock: they change its files)
  listDisks = async ({ vmId }: Arg<'listDisks'>) => {
    if (vmId) await this.ctx.registry.load(vmId);
    return this.disks.list(vmId);
  };
  resizeDisk = ({ id, index, sizeBytes, shrink }: Arg<'resizeDisk'>) =>
    this.ctx.exclusive(id, async () => (await this.ctx.registry.load(id), this.disks.resize(id, index, sizeBytes, shrink ?? false)));
  convertDisk = ({ id, index, format, compress, use }: Arg<'convertDisk'>) =>
    this.ctx.exclusive(id, async () => (await this.ctx.registry.load(id), this.disks.convert(id, index, format, compress ?? false, use ?? false)));
  checkDisk = ({ id, index }: Arg<'checkDisk'>) => this.ctx.exclusive(id, async () => (await this.ctx.registry.load(id), this.disks.check(id, index)));
  listSnapshots = async ({ id }: Arg<'listSnapshots'>) => this.snapshots.list((await this.ctx.registry.load(id)).config);
  createSnapshot = ({ id, name, description }: Arg<'createSnapshot'>) =>
    this.ctx.exclusive(id, async () => this.snapshots.create((await this.ctx.registry.load(id)).config, name, description ?? ''));
  revertSnapshot = ({ id, name }: Arg<'revertSnapshot'>) =>
    this.ctx.exclusive(id, async () => this.snapshots.revert((await this.ctx.registry.load(id)).config, name));
  deleteSnapshot = ({ id, name }: Arg<'deleteSnapshot'>) =>
    this.ctx.exclusive(id, async () => this.snapshots.delete((await this.ctx.registry.load(id)).config, name));

  // Long tasks
  tasks = async (): Promise<TaskProgress[]> => this.ctx.tasks.list();
  cancelTask = async ({ taskId }: Arg<'cancelTask'>): Promise<void> => this.ctx.tasks.cancel(taskId);
}


