// VmApi on top of the store, qemu-img, the argv builder, the supervisors and the console relays.
// Every method validates its argument again (the renderer is untrusted) and emits VmEvents for every
// state change, so no client ever needs to poll.
import { EventEmitter } from 'node:events';
import fs from 'node:fs/promises';
import path from 'node:path';
import {
  ApiError,
  type ConsoleStream,
  type ConsoleTicket,
  type CreatePreview,
  type CreateVmInput,
  type DetectedOs,
  type DiskCheckResult,
  type DiskEntry,
  type DeletionFile,
  type SnapshotList,
  type ImageDetails,
  type TaskProgress,
  type OsInfo,
  type Settings,
  type UpdateResult,
  type VmApi,
  type VmConfigPatch,
  type VmEvent,
} from '../../shared/api.js';
import type { DiskBus, DiskFormat, VmStatsHistory, HostInfo, QemuCapabilities, Remedy, VmConfig, VmSummary } from '../../shared/model/index.js';
import { argSchemas, describeIssues, vmConfig } from '../../shared/validate.js';
import type { z } from 'zod';
import { buildQemuArgs, QEMU_SYSTEM, type ArgvOptions, type QemuCommand } from './argv/build-args.js';
import { exportScript } from './argv/export-script.js';
import { formatCommand, shellQuote } from './argv/shell-quote.js';
import { atField, checkBridges, checkForwards, checkMachine, checkMacs, requireFile, uefiFirmware } from './create/check-input.js';
import { prepareCreate } from './create/prepare-create.js';
import { stepArgs } from './create/plan-create.js';
import { runSteps } from './create/run-steps.js';
import { ensureUefiVars } from './create/uefi-vars.js';
import { detectOs } from './os/detect-os.js';
import { GENERIC_OS, OS_CATALOG, osInfo } from './os/os-catalog.js';
import { changeMedium } from './qmp/media.js';
import type { QmpClient } from './qmp/qmp-client.js';
import { planLive } from './update/plan-update.js';
import { ConsoleGateway } from './console/console-gateway.js';
import { ConsoleHub } from './console/console-hub.js';
import { rotateLog } from './process/rotate-log.js';
import { createImage, GiB, imageInfo } from './img/qemu-img.js';
import { basesDir, runtimeFiles, vmDir, type EnginePaths } from './paths.js';
import { VmProcess } from './process/vm-process.js';
import { VmStore } from './store/vm-store.js';
import { KeyedMutex } from './keyed-mutex.js';
import { HostService } from './host-service.js';
import { VmMonitor } from './stats/vm-monitor.js';
import { explainKvmCrash, remediesFor, remedyPatch } from './remedies.js';
import { SettingsStore } from './store/settings-store.js';
import { TaskRegistry } from './tasks/task-registry.js';
import { diskPath } from './disks/disk-files.js';
import { DiskService } from './disks/disk-service.js';
import { SnapshotService } from './snapshots/snapshot-service.js';
import { cloneVm as makeClone, type CloneHost } from './clone/clone-vm.js';
import { restoreState, SAVED_STATE_FILE, saveState } from './lifecycle/saved-state.js';

/** How long a reboot waits for the guest to act on the power button before it resets the VM instead. */
const REBOOT_TIMEOUT_SEC = 60;

export interface VmServiceOptions {
  paths: EnginePaths;
  /** Program names or paths; found on PATH by default. */
  qemuSystem?: string;
  qemuImg?: string;
  /** Where console viewers connect, e.g. "ws://127.0.0.1:8123" (known once the server listens). */
  consoleBase: () => string;
}

export class VmService extends EventEmitter<{ event: [VmEvent] }> implements VmApi {
  readonly consoles = new ConsoleHub((vmId) => runtimeFiles(this.opts.paths, vmId));
  private readonly store: VmStore;
  private readonly procs = new Map<string, VmProcess>();
  private readonly configs = new Map<string, VmConfig>();
  private readonly mutex = new KeyedMutex();
  private readonly hostService: HostService;
  private readonly settingsStore: SettingsStore;
  private readonly monitor: VmMonitor;
  private readonly taskRegistry = new TaskRegistry();
  /** The definition each running VM was started with: edits since then apply at its next boot. */
  private readonly startedWith = new Map<string, VmConfig>();
  /** VMs whose memory is saved to disk (saveState): Start restores them. */
  private readonly saved = new Set<string>();
  private readonly disks: DiskService;
  private readonly snapshots: SnapshotService;

  constructor(private readonly opts: VmServiceOptions) {
    super();
    this.store = new VmStore(opts.paths);
    this.settingsStore = new SettingsStore(opts.paths.dataDir);
    this.hostService = new HostService({ paths: opts.paths, qemuSystem: opts.qemuSystem, qemuImg: opts.qemuImg });
    this.hostService.on('changed', (host) => this.emit('event', { type: 'host-changed', host }));
    this.taskRegistry.on('task', (task) => this.emit('event', { type: 'task', task }));
    this.monitor = new VmMonitor({
      vms: () => [...this.procs].map(([id, proc]) => ({ id, proc, config: this.startedWith.get(id) })),
      lastOutputAt: (id) => this.consoles.lastOutputAt(id),
      settings: () => this.settingsStore.read(),
      onSample: (id, sample) => this.emit('event', { type: 'stats', id, sample }),
    });
    const img = async () => (await this.host()).qemu.img ?? 'qemu-img';
    const dirOf = (id: string) => vmDir(opts.paths, id);
    this.disks = new DiskService({
      img,
      configs: () => this.allConfigs(),
      vmDir: dirOf,
      basesDir: basesDir(opts.paths),
      vmBusy: (id) => this.vmBusy(id),
      tasks: this.taskRegistry,
      writeConfig: (c) => this.writeConfig(c),
    });
    this.snapshots = new SnapshotService({
      img,
      vmDir: dirOf,
      liveQmp: (id) => (this.proc(id).isActive ? this.proc(id).qmpClient : null),
      busy: (id) => this.snapshotBusy(id),
      tasks: this.taskRegistry,
      startAt: async (id, tag) => void (await this.startVm(id, { loadvm: tag })),
    });
  }

  /** Probe the host and re-attach to VMs that kept running while VirtDesk was closed. */
  async init(): Promise<void> {
    await fs.mkdir(this.opts.paths.dataDir, { recursive: true });
    // The host probe (with the KVM self-test: seconds, once per host boot) runs in the background so
    // the window or the server is up at once; host() and start() wait for it when they need it.
    this.hostService.info().catch((err: Error) => console.error(`virtdesk: host check failed: ${err.message}`));
    const stored = await this.store.list();
    await Promise.all(
      stored.map(async (s) => {
        if (!s.config) return;
        this.configs.set(s.id, s.config);
        const stateFile = path.join(vmDir(this.opts.paths, s.id), SAVED_STATE_FILE);
        if (await fileExists(stateFile)) this.saved.add(s.id);
        await fs.rm(`${stateFile}.partial`, { force: true }); // a save cut short when VirtDesk last quit
        // What it runs with is not recorded anywhere QEMU can tell us; assume the definition on disk.
        this.startedWith.set(s.id, structuredClone(s.config));
        await this.proc(s.id).reattach();
      }),
    );
    this.monitor.start();
  }

  host(): Promise<HostInfo> {
    return this.hostService.info();
  }

  async rerunKvmSelfTest(arg: Record<string, never>): Promise<HostInfo> {
    parse(argSchemas.rerunKvmSelfTest, arg);
    return this.hostService.rerunSelfTest();
  }

  async capabilities(arg: Record<string, never>): Promise<QemuCapabilities> {
    parse(argSchemas.capabilities, arg);
    return this.hostService.capabilities();
  }

  async settings(arg: Record<string, never>): Promise<Settings> {
    parse(argSchemas.settings, arg);
    return this.settingsStore.read();
  }

  async updateSettings(arg: Partial<Settings>): Promise<Settings> {
    const patch = parse(argSchemas.updateSettings, arg);
    const settings = await this.settingsStore.update(patch);
    this.emit('event', { type: 'settings-changed', settings });
    return settings;
  }

  async list(): Promise<VmSummary[]> {
    const stored = await this.store.list();
    return stored.map((s) => {
      if (s.config) this.configs.set(s.id, s.config);
      return s.config === null ? this.brokenSummary(s.id, s.error) : this.summary(s.config);
    });
  }

  async get(arg: { id: string }): Promise<VmSummary> {
    const { id } = parse(argSchemas.get, arg);
    const s = await this.store.read(id);
    if (s.config === null) return this.brokenSummary(id, s.error);
    this.configs.set(id, s.config);
    return this.summary(s.config);
  }

  async create(arg: CreateVmInput): Promise<VmSummary> {
    // One creation at a time, so two requests cannot both pass the duplicate-name and MAC checks.
    return this.mutex.run('create', async () => {
      const host = await this.host();
      const { plan } = await prepareCreate(arg, { host, caps: await this.capsOrNull(), existing: await this.allConfigs(), probePorts: true });
      const meta = { vmId: null, vmName: plan.config.name, title: 'Creating the VM', cancellable: false };
      await this.taskRegistry.run(meta, (task) =>
        this.store.create(plan.config, (dir) => runSteps(host.qemu.img!, dir, plan.steps, (title, percent) => task.progress(percent, title))),
      );
      this.configs.set(plan.config.id, plan.config);
      const vm = this.summary(plan.config);
      this.emit('event', { type: 'vm-changed', vm });
      return vm;
    });
  }

  async previewCreate(arg: CreateVmInput): Promise<CreatePreview> {
    const host = await this.host();
    const caps = await this.capsOrNull();
    const { plan, warnings } = await prepareCreate(arg, { host, caps, existing: await this.allConfigs(), probePorts: false });
    const dir = vmDir(this.opts.paths, plan.config.id);
    const imgCommands = plan.steps.flatMap((step) => {
      const argv = stepArgs(step, dir);
      return argv ? [formatCommand('qemu-img', argv)] : [`cp ${shellQuote(step.kind === 'copy' ? step.src : '')} ${shellQuote(`${dir}/${step.file}`)}`];
    });
    const cmd = this.qemuCommand(plan.config, host, caps);
    return { config: plan.config, commands: [...imgCommands, formatCommand(QEMU_SYSTEM, cmd.argv)], warnings: [...warnings, ...cmd.warnings] };
  }

  async detectOs(arg: { isoPath: string }): Promise<DetectedOs> {
    const { isoPath } = parse(argSchemas.detectOs, arg);
    await requireFile(isoPath, 'Install ISO');
    const found = await detectOs(isoPath);
    return { os: osInfo(found.os), source: found.source, volumeId: found.volumeId };
  }

  async osList(arg: Record<string, never>): Promise<OsInfo[]> {
    parse(argSchemas.osList, arg);
    return [...OS_CATALOG, GENERIC_OS].map(osInfo);
  }

  async inspectImage(arg: { path: string }): Promise<ImageDetails> {
    const { path: file } = parse(argSchemas.inspectImage, arg);
    const host = await this.host();
    await requireFile(file, 'The disk image');
    const info = await imageInfo(host.qemu.img ?? 'qemu-img', file, { shared: true });
    return { format: info.format, virtualSize: info['virtual-size'], actualSize: info['actual-size'] ?? null, backingFile: info['backing-filename'] ?? null };
  }

  async update(arg: { id: string; patch: VmConfigPatch }): Promise<UpdateResult> {
    const { id, patch } = parse(argSchemas.update, arg);
    return this.mutex.run(id, async () => {
      const before = await this.requireConfig(id);
      const hardware = Object.keys(patch).filter((k) => !['name', 'description', 'osId'].includes(k));
      if (this.saved.has(id) && hardware.length) {
        throw new ApiError(
          'conflict',
          "The VM's state is saved, and the saved guest expects the hardware it had: restore it (Start) or discard the saved state before changing its settings.",
        );
      }
      const next = parse(vmConfig, { ...before, ...patch }) as VmConfig;
      const others = (await this.allConfigs()).filter((c) => c.id !== id);
      if (next.name.toLowerCase() !== before.name.toLowerCase() && others.some((c) => c.name.toLowerCase() === next.name.toLowerCase())) {
        throw new ApiError('conflict', `A VM named "${next.name}" exists already: choose another name.`);
      }
      checkMacs(next, others);
      await this.checkAddedDisks(before, next);
      await checkForwards(next, others, { probeHost: false, fieldPrefix: 'forwards.' });
      if (JSON.stringify(next.nics) !== JSON.stringify(before.nics)) await checkBridges(next);
      checkMachine(next.machine, await this.capsOrNull());
      for (const cd of next.cdroms) if (cd.file) await requireFile(cd.file, 'The CD-ROM image');
      if (next.kernel) await requireFile(next.kernel.kernel, 'The kernel');
      await this.store.write(next);
      this.configs.set(id, next);

      const proc = this.proc(id);
      const running = this.startedWith.get(id);
      const appliedLive: string[] = [];
      if (proc.isActive && running && proc.qmpClient) {
        const live = planLive(running, next);
        for (const i of live.cdroms) {
          await changeMedium(proc.qmpClient, i, next.cdroms[i]!.file);
          running.cdroms[i] = { ...next.cdroms[i]! };
          appliedLive.push(`cdroms.${i}`);
        }
        if (live.balloonMiB !== null) {
          await proc.qmpClient.execute('balloon', { value: live.balloonMiB * 2 ** 20 });
          running.currentMemoryMiB = next.currentMemoryMiB;
          appliedLive.push('currentMemoryMiB');
        }
      }
      const vm = this.summary(next);
      this.emit('event', { type: 'vm-changed', vm });
      return { vm, pendingRestart: vm.status.pendingRestart ?? [], appliedLive };
    });
  }

  async addDisk(arg: { id: string; sizeGiB: number; format: 'qcow2' | 'raw'; bus: DiskBus }): Promise<UpdateResult> {
    const { id, sizeGiB, format, bus } = parse(argSchemas.addDisk, arg);
    const host = await this.host();
    const config = await this.requireConfig(id);
    const taken = new Set(config.disks.map((d) => d.file));
    let n = config.disks.length;
    const name = () => `disk${n}.${format === 'qcow2' ? 'qcow2' : 'img'}`;
    while (taken.has(name()) || (await fileExists(path.join(vmDir(this.opts.paths, id), name())))) n++;
    const file = name();
    await createImage(host.qemu.img ?? 'qemu-img', path.join(vmDir(this.opts.paths, id), file), format, Math.round((sizeGiB * GiB) / 512) * 512);
    try {
      return await this.update({ id, patch: { disks: [...config.disks, { file, format, bus, cache: 'default', readOnly: false }] } });
    } catch (err) {
      await fs.rm(path.join(vmDir(this.opts.paths, id), file), { force: true }); // nothing half-done
      throw err;
    }
  }

  async commandLine(arg: { id: string }): Promise<{ text: string }> {
    const { id } = parse(argSchemas.commandLine, arg);
    const config = await this.requireConfig(id);
    const cmd = this.qemuCommand(config, await this.host(), await this.capsOrNull());
    return { text: formatCommand(QEMU_SYSTEM, cmd.argv) };
  }

  async exportScript(arg: { id: string }): Promise<{ fileName: string; script: string }> {
    const { id } = parse(argSchemas.exportScript, arg);
    const config = await this.requireConfig(id);
    return { fileName: `${safeFileName(config.name)}.sh`, script: exportScript(config, await this.host(), await this.capsOrNull(), vmDir(this.opts.paths, id)) };
  }

  async start(arg: { id: string; disposable?: boolean }): Promise<VmSummary> {
    const { id, disposable } = parse(argSchemas.start, arg);
    return this.mutex.run(id, () => this.startVm(id, { disposable }));
  }

  async shutdown(arg: { id: string; timeoutSec?: number }): Promise<VmSummary> {
    const { id, timeoutSec } = parse(argSchemas.shutdown, arg);
    return this.mutex.run(id, async () => {
      const config = await this.requireConfig(id);
      await this.proc(id).shutdown(timeoutSec);
      return this.summary(config);
    });
  }

  /** Not serialized behind other operations: it must work even while a start hangs. */
  async forceOff(arg: { id: string }): Promise<VmSummary> {
    const { id } = parse(argSchemas.forceOff, arg);
    const config = await this.requireConfig(id);
    await this.proc(id).forceOff();
    return this.summary(config);
  }

  async openConsole(arg: { id: string; stream: ConsoleStream }): Promise<ConsoleTicket> {
    const { id, stream } = parse(argSchemas.openConsole, arg);
    const config = await this.requireConfig(id);
    if (!this.proc(id).isActive) throw new ApiError('conflict', 'The VM is not running: start it to use its console.');
    const running = this.startedWith.get(id) ?? config;
    if (stream === 'serial0' && running.serialPorts === 0) {
      throw new ApiError('conflict', 'This VM has no serial port: add one in its settings (Serial ports), then restart it.');
    }
    if (stream === 'vnc' && running.display !== 'vnc') {
      throw new ApiError('conflict', 'This VM has no display: add one in its settings (Display: VNC), then restart it.');
    }
    if (stream !== 'vnc' && !this.consoles.connected(id, stream)) {
      throw new ApiError('conflict', 'The console is not connected yet: try again in a moment.');
    }
    return { url: this.opts.consoleBase() + ConsoleGateway.path(id, stream, this.consoles.gateway.issue(id, stream)) };
  }

  async pause(arg: { id: string }): Promise<VmSummary> {
    return this.qmpVerb(argSchemas.pause, arg, 'running', 'stop', 'pause');
  }

  async resume(arg: { id: string }): Promise<VmSummary> {
    return this.qmpVerb(argSchemas.resume, arg, 'paused', 'cont', 'resume');
  }

  async reset(arg: { id: string }): Promise<VmSummary> {
    return this.qmpVerb(argSchemas.reset, arg, null, 'system_reset', 'reset');
  }

  async deletionPlan(arg: { id: string }): Promise<{ files: DeletionFile[] }> {
    const { id } = parse(argSchemas.deletionPlan, arg);
    const config = await this.requireConfig(id);
    const dir = vmDir(this.opts.paths, id);
    const entries = await this.disks.list();
    const files = await Promise.all(
      config.disks.map(async (d) => {
        const file = diskPath(dir, d.file);
        const st = await fs.stat(file).catch(() => null);
        const usedBy = entries.find((e) => e.path === file)?.usedBy.filter((n) => n !== config.name) ?? [];
        return { path: file, insideVmFolder: path.dirname(file) === dir, sizeBytes: st?.size ?? null, usedBy };
      }),
    );
    return { files };
  }

  async remove(arg: { id: string; deleteFiles: string[]; forceOff?: boolean }): Promise<{ kept: string[]; keptIn: string | null }> {
    const { id, deleteFiles, forceOff } = parse(argSchemas.remove, arg);
    return this.mutex.run(id, async () => {
      const proc = this.proc(id);
      if (proc.isActive) {
        if (!forceOff) throw new ApiError('conflict', 'The VM is running: confirm that it should be forced off first.');
        await proc.forceOff();
      }
      const { files } = await this.deletionPlan({ id });
      const unknown = deleteFiles.find((f) => !files.some((x) => x.path === f));
      if (unknown) throw new ApiError('invalid', `${unknown} is not a disk of this VM: VirtDesk deletes only the VM's own files.`);
      const needed = files.find((f) => deleteFiles.includes(f.path) && f.usedBy.length);
      if (needed) {
        throw new ApiError('conflict', `${needed.path} is the base of ${needed.usedBy.join(', ')}: deleting it would break them. Untick it.`);
      }
      for (const f of deleteFiles) await fs.rm(f, { force: true });

      // Disks kept inside the VM's folder stay, in a folder renamed so it no longer counts as a VM,
      // with the definition beside them: nothing the user did not tick is lost.
      const dir = vmDir(this.opts.paths, id);
      const kept = files.filter((f) => !deleteFiles.includes(f.path)).map((f) => f.path);
      const keptInside = kept.filter((f) => path.dirname(f) === dir);
      let keptIn: string | null = null;
      if (keptInside.length) {
        const config = this.configs.get(id);
        keptIn = path.join(path.dirname(dir), `deleted-${safeFileName(config?.name ?? 'vm')}-${id.slice(0, 8)}`);
        await fs.rename(path.join(dir, 'vm.json'), path.join(dir, 'vm.json.deleted'));
        await fs.rename(dir, keptIn);
      } else {
        await fs.rm(dir, { recursive: true, force: true });
      }
      await fs.rm(runtimeFiles(this.opts.paths, id).dir, { recursive: true, force: true });
      proc.detach();
      this.procs.delete(id);
      this.configs.delete(id);
      this.startedWith.delete(id);
      this.monitor.watchdog.reset(id);
      this.monitor.sampler.forget(id);
      this.emit('event', { type: 'vm-removed', id });
      return { kept, keptIn };
    });
  }

  async screenshot(arg: { id: string }): Promise<{ pngBase64: string; width: number; height: number }> {
    const { id } = parse(argSchemas.screenshot, arg);
    const qmp = this.requireRunningQmp(id, 'take a screenshot');
    const file = runtimeFiles(this.opts.paths, id).screendump;
    await qmp.execute('screendump', { filename: file, format: 'png' });
    try {
      const png = await fs.readFile(file);
      // PNG: width and height are the first fields of the IHDR chunk, at bytes 16 and 20.
      return { pngBase64: png.toString('base64'), width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
    } finally {
      await fs.rm(file, { force: true });
    }
  }

  async sendKeys(arg: { id: string; keys: string[] }): Promise<void> {
    const { id, keys } = parse(argSchemas.sendKeys, arg);
    const qmp = this.requireRunningQmp(id, 'send keys');
    await qmp.execute('send-key', { keys: keys.map((k) => ({ type: 'qcode', data: k })) }).catch((err: Error) => {
      throw new ApiError('invalid', `QEMU did not accept the keys ${keys.join('+')}: ${err.message}`);
    });
  }

  async applyRemedy(arg: { id: string; remedy: Remedy }): Promise<VmSummary> {
    const { id, remedy } = parse(argSchemas.applyRemedy, arg);
    const config = await this.requireConfig(id);
    const proc = this.proc(id);
    if (!remediesFor(config, proc.status).includes(remedy)) {
      throw new ApiError('conflict', `"${remedy}" does not apply to this VM now (it is ${proc.status.state}).`);
    }
    if (remedy === 'keep-waiting') {
      this.monitor.watchdog.reset(id);
      proc.warn(undefined);
      return this.summary(config);
    }
    // The VM's definition remembers the choice; then the VM starts again with it.
    const next = { ...config, ...remedyPatch(config, remedy) };
    await this.store.write(next);
    this.configs.set(id, next);
    if (proc.isActive) await this.forceOff({ id });
    return this.start({ id });
  }


  async reboot(arg: { id: string; timeoutSec?: number }): Promise<VmSummary> {
    const { id, timeoutSec } = parse(argSchemas.reboot, arg);
    return this.mutex.run(id, async () => {
      const config = await this.requireConfig(id);
      await this.proc(id).reboot(timeoutSec ?? REBOOT_TIMEOUT_SEC);
      return this.summary(config);
    });
  }

  async saveState(arg: { id: string }): Promise<VmSummary> {
    const { id } = parse(argSchemas.saveState, arg);
    return this.mutex.run(id, async () => {
      const config = await this.requireConfig(id);
      const proc = this.proc(id);
      const qmp = this.requireRunningQmp(id, 'save the state');
      if (!['running', 'paused'].includes(proc.status.state)) throw new ApiError('conflict', `Cannot save the state: the VM is ${proc.status.state}.`);
      if (proc.status.disposable) {
        throw new ApiError('conflict', 'A disposable run cannot be saved: its disk changes exist only as long as QEMU runs. Shut it down instead.');
      }
      const file = path.join(vmDir(this.opts.paths, id), SAVED_STATE_FILE);
      const meta = { vmId: id, vmName: config.name, title: 'Saving the state to disk', cancellable: true };
      await this.taskRegistry.run(meta, (task) =>
        saveState(qmp, { file, socket: runtimeFiles(this.opts.paths, id).migrate, signal: task.signal, onProgress: (p) => task.progress(p) }),
      );
      this.saved.add(id);
      await proc.forceOff(); // the guest is paused and its state on disk: QEMU may go
      return this.summary(config);
    });
  }

  async discardSavedState(arg: { id: string }): Promise<VmSummary> {
    const { id } = parse(argSchemas.discardSavedState, arg);
    return this.mutex.run(id, async () => {
      const config = await this.requireConfig(id);
      if (!this.saved.has(id)) throw new ApiError('conflict', 'This VM has no saved state.');
      await fs.rm(path.join(vmDir(this.opts.paths, id), SAVED_STATE_FILE), { force: true });
      this.saved.delete(id);
      const vm = this.summary(config);
      this.emit('event', { type: 'vm-changed', vm });
      return vm;
    });
  }

  async cloneVm(arg: { id: string; name: string; mode: 'full' | 'linked' }): Promise<VmSummary> {
    const { id, name, mode } = parse(argSchemas.cloneVm, arg);
    return this.mutex.run(id, () =>
      this.mutex.run('create', async () => {
        const src = await this.requireConfig(id);
        const busy = this.vmBusy(id);
        if (busy) throw new ApiError('conflict', `Cannot clone "${src.name}": ${busy}`);
        const config = await makeClone(this.cloneHost(), src, name, mode);
        this.configs.set(config.id, config);
        const vm = this.summary(config);
        this.emit('event', { type: 'vm-changed', vm });
        return vm;
      }),
    );
  }

  async listDisks(arg: { vmId?: string }): Promise<DiskEntry[]> {
    const { vmId } = parse(argSchemas.listDisks, arg);
    if (vmId) await this.requireConfig(vmId);
    return this.disks.list(vmId);
  }

  async resizeDisk(arg: { id: string; index: number; sizeBytes: number; shrink?: boolean }): Promise<DiskEntry> {
    const { id, index, sizeBytes, shrink } = parse(argSchemas.resizeDisk, arg);
    return this.mutex.run(id, () => this.disks.resize(id, index, sizeBytes, shrink ?? false));
  }

  async convertDisk(arg: { id: string; index: number; format: DiskFormat; compress?: boolean; use?: boolean }): Promise<{ path: string }> {
    const { id, index, format, compress, use } = parse(argSchemas.convertDisk, arg);
    return this.mutex.run(id, () => this.disks.convert(id, index, format, compress ?? false, use ?? false));
  }

  async checkDisk(arg: { id: string; index: number }): Promise<DiskCheckResult> {
    const { id, index } = parse(argSchemas.checkDisk, arg);
    return this.mutex.run(id, () => this.disks.check(id, index));
  }

  async listSnapshots(arg: { id: string }): Promise<SnapshotList> {
    const { id } = parse(argSchemas.listSnapshots, arg);
    return this.snapshots.list(await this.requireConfig(id));
  }

  async createSnapshot(arg: { id: string; name: string; description?: string }): Promise<SnapshotList> {
    const { id, name, description } = parse(argSchemas.createSnapshot, arg);
    return this.mutex.run(id, async () => this.snapshots.create(await this.requireConfig(id), name, description ?? ''));
  }

  async revertSnapshot(arg: { id: string; name: string }): Promise<SnapshotList> {
    const { id, name } = parse(argSchemas.revertSnapshot, arg);
    return this.mutex.run(id, async () => this.snapshots.revert(await this.requireConfig(id), name));
  }

  async deleteSnapshot(arg: { id: string; name: string }): Promise<SnapshotList> {
    const { id, name } = parse(argSchemas.deleteSnapshot, arg);
    return this.mutex.run(id, async () => this.snapshots.delete(await this.requireConfig(id), name));
  }

  async statsHistory(arg: { id: string }): Promise<VmStatsHistory> {
    const { id } = parse(argSchemas.statsHistory, arg);
    const config = await this.requireConfig(id);
    const user = config.nics.some((n) => n.network.mode === 'user');
    return {
      samples: this.monitor.sampler.history(id),
      note: user ? "QEMU's user-mode network (NAT) keeps no byte counters, so there is no network graph for it; bridged NICs have one." : null,
    };
  }

  async tasks(arg: Record<string, never>): Promise<TaskProgress[]> {
    parse(argSchemas.tasks, arg);
    return this.taskRegistry.list();
  }

  async cancelTask(arg: { taskId: string }): Promise<void> {
    const { taskId } = parse(argSchemas.cancelTask, arg);
    this.taskRegistry.cancel(taskId);
  }

  /** VirtDesk quits: VMs keep running; their consoles are closed and will be re-attached next time. */
  async close(): Promise<void> {
    this.monitor.stop();
    for (const p of this.procs.values()) p.detach();
    this.consoles.close();
  }

  /**
   * Boot the VM (under its mutex): afresh, disposable, straight into a live snapshot (loadvm), or -
   * when its state is saved - restored where it was.
   */
  private async startVm(id: string, how: { disposable?: boolean; loadvm?: string }): Promise<VmSummary> {
    const config = await this.requireConfig(id);
    const host = await this.host();
    if (!host.qemu.system) {
      throw new ApiError('qemu', 'qemu-system-x86_64 was not found: install it with "apt-get install qemu-system-x86".');
    }
    const restoring = this.saved.has(id);
    if (restoring && (how.disposable || how.loadvm)) {
      throw new ApiError('conflict', "The VM's state is saved: restore it (Start) or discard the saved state first.");
    }
    for (const cd of config.cdroms) if (cd.file) await requireFile(cd.file, 'The CD-ROM image');
    if (config.kernel) await requireFile(config.kernel.kernel, 'The kernel');
    const cmd = this.qemuCommand(config, host, await this.capsOrNull(), { startPaused: true, incoming: restoring, ...how });
    if (cmd.errors.length) {
      const tooLong = cmd.errors.find((e) => e.startsWith('socket path too long'));
      throw new ApiError('invalid', tooLong ? `${tooLong}. Set VIRTDESK_RUNTIME_DIR to a shorter folder.` : cmd.errors.join('\n'));
    }
    if (config.firmware === 'uefi') await ensureUefiVars(vmDir(this.opts.paths, id), uefiFirmware(await this.capsOrNull()));
    this.startedWith.set(id, structuredClone(config));
    const files = runtimeFiles(this.opts.paths, id);
    await rotateLog(files.serial0Log);
    const stateFile = path.join(vmDir(this.opts.paths, id), SAVED_STATE_FILE);
    const restore = async (qmp: QmpClient) => {
      const meta = { vmId: id, vmName: config.name, title: 'Restoring the saved state', cancellable: false };
      try {
        await this.taskRegistry.run(meta, (task) => restoreState(qmp, { file: stateFile, socket: files.migrate, onProgress: (p) => task.progress(p) }));
      } catch (err) {
        throw new ApiError(
          'qemu',
          `The saved state could not be restored: ${(err as Error).message}. It is kept; "Discard saved state" boots the VM afresh instead.`,
        );
      }
    };
    await this.proc(id).start(host.qemu.system, cmd.argv, restoring ? { beforeCont: restore } : {});
    if (restoring) {
      // It runs from the state now; the file is spent (a second restore would roll the disks' guest back).
      await fs.rm(stateFile, { force: true });
      this.saved.delete(id);
    }
    return this.summary(config);
  }

  /** Why this VM's disks must not be changed now, or null. */
  private vmBusy(id: string): string | null {
    const proc = this.procs.get(id);
    if (proc?.isActive) {
      return `the VM is ${proc.status.state}, and QEMU holds a lock on its disks: changing them under a running guest would corrupt them. Shut it down first.`;
    }
    if (this.saved.has(id)) {
      return "the VM's state is saved and expects its disks exactly as they are: restore it (Start) or discard the saved state first.";
    }
    return null;
  }

  /** Snapshots work on a VM that is off, or running or paused (live); not in between, not saved, not disposable. */
  private snapshotBusy(id: string): string | null {
    const status = this.procs.get(id)?.status;
    if (this.saved.has(id)) return "the VM's state is saved: restore it (Start) or discard the saved state first.";
    if (status?.disposable) return 'this is a disposable run: its disk changes go to temporary files, so there is nothing to snapshot.';
    if (status && ['starting', 'shutting-down'].includes(status.state)) return `the VM is ${status.state}: wait until it runs or is off.`;
    return null;
  }

  private cloneHost(): CloneHost {
    return {
      img: async () => (await this.host()).qemu.img ?? 'qemu-img',
      vmDir: (id) => vmDir(this.opts.paths, id),
      basesDir: basesDir(this.opts.paths),
      configs: () => this.allConfigs(),
      writeConfig: (c) => this.writeConfig(c),
      createVm: (c, makeFiles) => this.store.create(c, makeFiles),
      tasks: this.taskRegistry,
    };
  }

  /** Store a changed definition and tell the clients. */
  private async writeConfig(config: VmConfig): Promise<void> {
    await this.store.write(config);
    this.configs.set(config.id, config);
    this.emit('event', { type: 'vm-changed', vm: this.summary(config) });
  }

  private proc(id: string): VmProcess {
    let p = this.procs.get(id);
    if (!p) {
      const files = runtimeFiles(this.opts.paths, id);
      p = new VmProcess(id, files, async (how) => {
        const config = this.startedWith.get(id);
        const { scrollbackKiB } = await this.settingsStore.read();
        await this.consoles.connect(id, { serial: (config?.serialPorts ?? 0) > 0, scrollbackBytes: scrollbackKiB * 1024 });
        // The balloon's target for this boot, set before the guest runs (the driver picks it up).
        if (how === 'start' && config?.balloon && config.currentMemoryMiB !== null && config.currentMemoryMiB < config.memoryMiB) {
          await p!.qmpClient?.execute('balloon', { value: config.currentMemoryMiB * 2 ** 20 });
        }
      });
      p.on('status', (status) => {
        if (status.state === 'starting') this.monitor.watchdog.reset(id);
        if (!p!.isActive) this.consoles.disconnect(id, status.state === 'crashed' ? 'The VM crashed.' : 'The VM has stopped.');
        const config = this.configs.get(id);
        if (config) this.emit('event', { type: 'vm-changed', vm: this.summary(config) });
      });
      this.procs.set(id, p);
    }
    return p;
  }

  private summary(config: VmConfig): VmSummary {
    const proc = this.procs.get(config.id);
    let base = proc?.status ?? { state: 'stopped' as const, since: Date.parse(config.createdAt) };
    if (!proc?.isActive && this.saved.has(config.id)) base = { state: 'saved', since: base.since };
    const running = proc?.isActive ? this.startedWith.get(config.id) : undefined;
    const pending = running ? planLive(running, config).pendingRestart : [];
    const status = pending.length ? { ...base, pendingRestart: pending } : base;
    const remedies = remediesFor(config, status);
    if (!remedies.length) return { id: config.id, name: config.name, config, status };
    const error = status.state === 'crashed' ? explainKvmCrash(config) : status.error;
    return { id: config.id, name: config.name, config, status: { ...status, error, remedies } };
  }

  private brokenSummary(id: string, error: string): VmSummary {
    return { id, name: id, config: null, status: { state: 'broken', since: Date.now(), error } };
  }

  private qemuCommand(config: VmConfig, host: HostInfo, caps: QemuCapabilities | null, options: ArgvOptions = {}): QemuCommand {
    const files = runtimeFiles(this.opts.paths, config.id);
    const argvHost = { kvmUsable: host.kvm.usable, uefiCode: uefiFirmware(caps)?.code ?? null };
    return buildQemuArgs(config, argvHost, { vmDir: vmDir(this.opts.paths, config.id), run: files }, options);
  }

  /** QEMU's capabilities when they can be read; creation still works without them (fewer checks). */
  private capsOrNull(): Promise<QemuCapabilities | null> {
    return this.hostService.capabilities().catch(() => null);
  }

  /** pause / resume / reset: one QMP command on a VM in the right state; the events report the result. */
  private async qmpVerb(
    schema: typeof argSchemas.pause,
    arg: unknown,
    needState: 'running' | 'paused' | null,
    command: string,
    what: string,
  ): Promise<VmSummary> {
    const { id } = parse(schema, arg);
    return this.mutex.run(id, async () => {
      const config = await this.requireConfig(id);
      const qmp = this.requireRunningQmp(id, what);
      const state = this.proc(id).status.state;
      if (needState && state !== needState) throw new ApiError('conflict', `Cannot ${what}: the VM is ${state}.`);
      await qmp.execute(command);
      return this.summary(config);
    });
  }

  private requireRunningQmp(id: string, what: string) {
    const proc = this.proc(id);
    if (!proc.isActive || !proc.qmpClient) throw new ApiError('conflict', `Cannot ${what}: the VM is not running.`);
    return proc.qmpClient;
  }

  /** A disk image the editor adds must really be in the format it says (a qcow2 read as raw is a hole). */
  private async checkAddedDisks(before: VmConfig, next: VmConfig): Promise<void> {
    const known = new Set(before.disks.map((d) => d.file));
    const host = await this.host();
    for (const [i, d] of next.disks.entries()) {
      if (known.has(d.file)) continue;
      const file = path.isAbsolute(d.file) ? d.file : path.join(vmDir(this.opts.paths, next.id), d.file);
      await atField(`disks.${i}.file`, () => requireFile(file, 'The disk image'));
      const actual = (await imageInfo(host.qemu.img ?? 'qemu-img', file, { shared: true })).format;
      if (actual !== d.format) {
        throw new ApiError('invalid', `${d.file} is a ${actual} image, not ${d.format}: choose ${actual} as its format.`, { field: `disks.${i}.format` });
      }
    }
  }

  private async allConfigs(): Promise<VmConfig[]> {
    return (await this.store.list()).flatMap((s) => (s.config ? [s.config] : []));
  }

  private async requireConfig(id: string): Promise<VmConfig> {
    const s = await this.store.read(id);
    if (s.config === null) throw new ApiError('conflict', s.error);
    this.configs.set(id, s.config);
    return s.config;
  }

}

function parse<S extends z.ZodType>(schema: S, arg: unknown): z.infer<S> {
  const r = schema.safeParse(arg);
  if (!r.success) throw new ApiError('invalid', describeIssues(r.error), { issues: r.error.issues });
  return r.data;
}

const fileExists = (p: string) => fs.access(p).then(() => true, () => false);

/** A VM name as a file name: letters, digits, dot, dash; the rest becomes "_". */
function safeFileName(name: string): string {
  return name.replace(/[^\p{L}\p{N}.-]+/gu, '_').replace(/^[._]+/, '') || 'vm';
}

