// One timer for all running VMs: each tick reads every QEMU's threads once and feeds both the
// statistics (sent to clients as 'stats' events) and the KVM watchdog. VMs that do not run cost nothing.
import type { Settings } from '../../../shared/api.js';
import { says } from '../../../shared/i18n/index.js';
import type { VmConfig, VmStatsSample } from '../../../shared/model/index.js';
import { KvmWatchdog, type VcpuTimes } from '../process/kvm-watchdog.js';
import type { VmProcess } from '../process/vm-process.js';
import { StatsSampler } from './stats-sampler.js';

export interface MonitorHost {
  /** Every VM VirtDesk supervises, with the definition it runs with. */
  vms(): Iterable<{ id: string; proc: VmProcess; config: VmConfig | undefined }>;
  lastOutputAt(id: string): number | null;
  settings(): Promise<Settings>;
  onSample(id: string, sample: VmStatsSample): void;
}

export class VmMonitor {
  readonly sampler = new StatsSampler();
  readonly watchdog = new KvmWatchdog();
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(private readonly host: MonitorHost) {}

  start(): void {
    this.stopped = false;
    void this.schedule();
  }

  /** The VM is gone (deleted): nothing of it stays in the statistics or the watchdog. */
  forget(id: string): void {
    this.watchdog.reset(id);
    this.sampler.forget(id);
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
  }

  /** The next tick after the sampling interval the settings ask for (read each time: it may change). */
  private async schedule(): Promise<void> {
    const { statsIntervalSec } = await this.host.settings();
    if (this.stopped) return;
    this.timer = setTimeout(() => void this.tick().finally(() => this.schedule()), statsIntervalSec * 1000);
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    const settings = await this.host.settings();
    for (const { id, proc, config } of this.host.vms()) {
      const { state, accel, pid, warning, balloonMiB } = proc.status;
      if (!proc.isActive || pid === undefined) {
        this.sampler.stopped(id);
        this.watchdog.reset(id);
        continue;
      }
      const reading = await this.sampler.sample({
        id,
        pid,
        qmp: proc.qmpClient,
        vcpus: config?.cpus ?? 1,
        balloonMiB,
        hasDrives: config ? config.disks.length + config.cdroms.length > 0 : true,
        bridged: config?.nics.some((n) => n.network.mode === 'bridge') ?? false,
      });
      if (!reading) continue;
      if (reading.sample) this.host.onSample(id, reading.sample);
      this.watch(id, proc, reading.vcpuTimes, settings.kvmWatchdogSec, { state, accel, warning });
    }
  }

  /** "No sign of life" under KVM: see process/kvm-watchdog.ts. */
  private watch(
    id: string,
    proc: VmProcess,
    times: VcpuTimes,
    limitSec: number,
    s: Pick<VmProcess['status'], 'state' | 'accel' | 'warning'>,
  ) {
    if (s.state !== 'running') return this.watchdog.reset(id);
    if (s.accel !== 'kvm' || s.warning) return;
    if (this.watchdog.observe(id, { at: Date.now(), times, lastOutputAt: this.host.lastOutputAt(id) }, limitSec * 1000)) {
      proc.warn(says('engine:watchdog.noSignOfLife', { s: limitSec }));
    }
  }
}
