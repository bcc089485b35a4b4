// VmApi on top of the store, qemu-img, the argv builder, the supervisors and the console relays.
// Every method validates its argument again (the renderer is untrusted) and emits VmEvents for every
// state change, so no client ever needs to poll.
import crypto from 'node:crypto';
import { EventEmitter } from 'node:events';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { WebSocket } from 'ws';
import { ApiError, type ConsoleTicket, type CreateVmInput, type Settings, type VmApi, type VmEvent } from '../../shared/api.js';
import { SCHEMA_VERSION, type HostInfo, type QemuCapabilities, type Remedy, type VmConfig, type VmSummary } from '../../shared/model/index.js';
import { argSchemas, createVmSchema, describeIssues } from '../../shared/validate.js';
import type { z } from 'zod';
import { buildQemuArgs } from './argv/build-args.js';
import { ConsoleGateway } from './console/console-gateway.js';
import { StreamRelay } from './console/stream-relay.js';
import { createImage, GiB } from './img/qemu-img.js';
import { runtimeFiles, vmDir, type EnginePaths } from './paths.js';
import { VmProcess } from './process/vm-process.js';
import { VmStore } from './store/vm-store.js';
import { KeyedMutex } from './keyed-mutex.js';
import { HostService } from './host-service.js';
import { KvmWatchdog, readVcpuTimes } from './process/kvm-watchdog.js';
import { explainKvmCrash, remediesFor, remedyPatch } from './remedies.js';
import { SettingsStore } from './store/settings-store.js';

/** How often running KVM guests are checked for signs of life. */
const WATCHDOG_INTERVAL_MS = 1_000;

export interface VmServiceOptions {
  paths: EnginePaths;
  /** Program names or paths; found on PATH by default. */
  qemuSystem?: string;
  qemuImg?: string;
  /** Where console viewers connect, e.g. "ws://127.0.0.1:8123" (known once the server listens). */
  consoleBase: () => string;
}

export class VmService extends EventEmitter<{ event: [VmEvent] }> implements VmApi {
  readonly gateway = new ConsoleGateway((vmId, _stream, ws) => this.attachViewer(vmId, ws));
  private readonly store: VmStore;
  private readonly procs = new Map<string, VmProcess>();
  private readonly relays = new Map<string, StreamRelay>();
  private readonly configs = new Map<string, VmConfig>();
  private readonly mutex = new KeyedMutex();
  private readonly hostService: HostService;
  private readonly settingsStore: SettingsStore;
  private readonly watchdog = new KvmWatchdog();
  private watchdogTimer: NodeJS.Timeout | null = null;

  constructor(private readonly opts: VmServiceOptions) {
    super();
    this.store = new VmStore(opts.paths);
    this.settingsStore = new SettingsStore(opts.paths.dataDir);
    this.hostService = new HostService({ paths: opts.paths, qemuSystem: opts.qemuSystem, qemuImg: opts.qemuImg });
    this.hostService.on('changed', (host) => this.emit('event', { type: 'host-changed', host }));
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
        await this.proc(s.id).reattach();
      }),
    );
    this.watchdogTimer = setInterval(() => void this.checkKvmGuests(), WATCHDOG_INTERVAL_MS);
    this.watchdogTimer.unref();
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
    const host = await this.host();
    const input = parse(createVmSchema(host), arg);
    if (!host.qemu.img) throw new ApiError('qemu', 'qemu-img was not found: install it with "apt-get install qemu-utils".');
    await checkReadableFile(input.isoPath, 'Install ISO');
    // One creation at a time, so two requests cannot both pass the duplicate-name check.
    return this.mutex.run('create', async () => {
      const existing = (await this.store.list()).flatMap((s) => (s.config ? [s.config] : []));
      const clash = existing.find((c) => c.name.toLowerCase() === input.name.toLowerCase());
      if (clash) throw new ApiError('conflict', `A VM named "${clash.name}" exists already: choose another name.`);
      const config: VmConfig = {
        schemaVersion: SCHEMA_VERSION,
        id: crypto.randomUUID(),
        name: input.name,
        createdAt: new Date().toISOString(),
        machine: 'pc',
        accel: input.accel,
        memoryMiB: input.memoryMiB,
        cpus: input.cpus,
        cpuModel: null,
        disks: [{ file: 'disk0.qcow2', format: 'qcow2', bus: 'virtio' }],
        cdrom: input.isoPath,
        boot: 'cdrom',
        nics: [{ model: 'virtio-net-pci', mac: uniqueMac(existing), network: { mode: 'user' } }],
        balloon: true,
        extraArgs: [],
      };
      const bytes = Math.round(input.diskGiB * GiB / 512) * 512;
      await this.store.create(config, (dir) => createImage(host.qemu.img!, path.join(dir, 'disk0.qcow2'), 'qcow2', bytes));
      this.configs.set(config.id, config);
      const vm = this.summary(config);
      this.emit('event', { type: 'vm-changed', vm });
      return vm;
    });
  }

  async start(arg: { id: string }): Promise<VmSummary> {
    const { id } = parse(argSchemas.start, arg);
    return this.mutex.run(id, async () => {
      const config = await this.requireConfig(id);
      const host = await this.host();
      if (!host.qemu.system) {
        throw new ApiError('qemu', 'qemu-system-x86_64 was not found: install it with "apt-get install qemu-system-x86".');
      }
      if (config.cdrom) await checkReadableFile(config.cdrom, 'The install ISO');
      const files = runtimeFiles(this.opts.paths, id);
      const cmd = buildQemuArgs(config, { kvmUsable: host.kvm.usable }, { vmDir: vmDir(this.opts.paths, id), run: files }, { startPaused: true });
      const tooLong = cmd.warnings.find((w) => w.startsWith('socket path too long'));
      if (tooLong) throw new ApiError('invalid', `${tooLong}. Set VIRTDESK_RUNTIME_DIR to a shorter folder.`);
      await this.proc(id).start(host.qemu.system, cmd.argv);
      return this.summary(config);
    });
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

  async openConsole(arg: { id: string; stream: 'serial0' }): Promise<ConsoleTicket> {
    const { id, stream } = parse(argSchemas.openConsole, arg);
    await this.requireConfig(id);
    const relay = this.relays.get(id);
    if (!relay?.connected) {
      throw new ApiError('conflict', 'The VM is not running: start it to use its console.');
    }
    return { url: this.opts.consoleBase() + ConsoleGateway.path(id, stream, this.gateway.issue(id, stream)) };
  }

  async applyRemedy(arg: { id: string; remedy: Remedy }): Promise<VmSummary> {
    const { id, remedy } = parse(argSchemas.applyRemedy, arg);
    const config = await this.requireConfig(id);
    const proc = this.proc(id);
    if (!remediesFor(config, proc.status).includes(remedy)) {
      throw new ApiError('conflict', `"${remedy}" does not apply to this VM now (it is ${proc.status.state}).`);
    }
    if (remedy === 'keep-waiting') {
      this.watchdog.reset(id);
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

  /** VirtDesk quits: VMs keep running; their consoles are closed and will be re-attached next time. */
  async close(): Promise<void> {
    if (this.watchdogTimer) clearInterval(this.watchdogTimer);
    for (const p of this.procs.values()) p.detach();
    for (const r of this.relays.values()) r.close('VirtDesk is closing.');
    this.gateway.close();
  }

  private proc(id: string): VmProcess {
    let p = this.procs.get(id);
    if (!p) {
      const files = runtimeFiles(this.opts.paths, id);
      p = new VmProcess(id, files, async () => {
        const relay = new StreamRelay(files.serial0, files.serial0Log);
        await relay.connect();
        this.relays.get(id)?.close('The console was reconnected.');
        this.relays.set(id, relay);
      });
      p.on('status', (status) => {
        if (status.state === 'starting') this.watchdog.reset(id);
        if (!p!.isActive) {
          this.relays.get(id)?.close(status.state === 'crashed' ? 'The VM crashed.' : 'The VM has stopped.');
          this.relays.delete(id);
        }
        const config = this.configs.get(id);
        if (config) this.emit('event', { type: 'vm-changed', vm: this.summary(config) });
      });
      this.procs.set(id, p);
    }
    return p;
  }

  private attachViewer(vmId: string, ws: WebSocket): void {
    const relay = this.relays.get(vmId);
    if (!relay) {
      ws.close(4001, 'The VM is not running.');
      return;
    }
    relay.addViewer(ws);
  }

  private summary(config: VmConfig): VmSummary {
    const status = this.procs.get(config.id)?.status ?? { state: 'stopped' as const, since: Date.parse(config.createdAt) };
    const remedies = remediesFor(config, status);
    if (!remedies.length) return { id: config.id, name: config.name, config, status };
    const error = status.state === 'crashed' ? explainKvmCrash(config) : status.error;
    return { id: config.id, name: config.name, config, status: { ...status, error, remedies } };
  }

  /** The KVM watchdog: one timer for all VMs, looking only at running KVM guests. */
  private async checkKvmGuests(): Promise<void> {
    const { kvmWatchdogSec } = await this.settingsStore.read();
    for (const [id, proc] of this.procs) {
      const { state, accel, pid, warning } = proc.status;
      if (state !== 'running' || accel !== 'kvm' || pid === undefined || warning) {
        if (state !== 'running') this.watchdog.reset(id);
        continue;
      }
      const times = await readVcpuTimes(pid);
      if (!times) continue;
      const lastOutputAt = this.relays.get(id)?.lastOutputAt ?? null;
      if (this.watchdog.observe(id, { at: Date.now(), times, lastOutputAt }, kvmWatchdogSec * 1000)) {
        proc.warn(
          `No sign of life for ${kvmWatchdogSec} s under KVM: the guest printed nothing and its virtual CPUs ran ` +
            'no guest code (they spin in the host kernel). On some hosts, nested virtualization especially, KVM ' +
            'hangs guests like this. Restart it with emulation, or keep waiting.',
        );
      }
    }
  }

  private brokenSummary(id: string, error: string): VmSummary {
    return { id, name: id, config: null, status: { state: 'broken', since: Date.now(), error } };
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

async function checkReadableFile(file: string, what: string): Promise<void> {
  let st;
  try {
    st = await fs.stat(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ApiError(
      'invalid',
      code === 'ENOENT' ? `${what} ${file} does not exist: check the path.` : `${what} ${file} cannot be read (${code}).`,
    );
  }
  if (!st.isFile()) throw new ApiError('invalid', `${what} ${file} is not a file: choose the .iso file itself.`);
  await fs.access(file, fs.constants.R_OK).catch(() => {
    throw new ApiError('invalid', `${what} ${file} is not readable by this user: check its permissions.`);
  });
}

/** 52:54:00 + three random bytes, not used by any other VM of this user. */
function uniqueMac(existing: VmConfig[]): string {
  const used = new Set(existing.flatMap((c) => c.nics.map((n) => n.mac)));
  for (;;) {
    const mac = `52:54:00:${[...crypto.randomBytes(3)].map((b) => b.toString(16).padStart(2, '0')).join(':')}`;
    if (!used.has(mac)) return mac;
  }
}
