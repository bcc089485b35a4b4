// The supervisor of one VM's QEMU: start it detached (it outlives VirtDesk), follow it over QMP,
// re-attach after a VirtDesk restart, shut down / force off, and tell a clean exit from a crash.
//
// How an exit is classified: QEMU emits SHUTDOWN before every orderly exit (guest poweroff, quit,
// SIGTERM). When the QMP socket closes without one, QEMU died (SIGKILL, abort, OOM): "crashed".
import { spawn, type ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import fs from 'node:fs/promises';
import { ApiError } from '../../../shared/api.js';
import { says, type Message } from '../../../shared/i18n/index.js';
import type { VmStatus } from '../../../shared/model/index.js';
import { causeOf, sentences, stateWord } from '../engine-messages.js';
import type { GuestAgentWatch } from '../guest-agent/agent-watch.js';
import type { RuntimeFiles } from '../paths.js';
import { QmpClient, type QmpEvent } from '../qmp/qmp-client.js';
import { crashMessage, describeExit, startFailure, type ExitInfo } from './exit-reason.js';
import { lastLines } from './log-tail.js';
import { cmdlineOf, isAlive, isOurQemu, readPidfile, waitForExit, zombieExit } from './proc.js';

export const DEFAULT_SHUTDOWN_TIMEOUT_SEC = 60;
const FORCE_QUIT_GRACE_MS = 2_000;
/** After QMP closes, how long to wait for the process to be seen gone: a crash is reported within 1 s. */
const EXIT_SEEN_WITHIN_MS = 800;

export interface VmProcessEvents {
  status: [VmStatus];
}

export class VmProcess extends EventEmitter<VmProcessEvents> {
  status: VmStatus = { state: 'stopped', since: Date.now() };
  private qmp: QmpClient | null = null;
  private pid: number | null = null;
  private childExit: Promise<ExitInfo> | null = null;
  private orderlyExit = false;
  private forceOffTimer: NodeJS.Timeout | null = null;
  private detached = false;
  /** Started with -snapshot: disk writes go to temporary files. */
  private disposable = false;
  /** A reboot is under way: the guest's next shutdown starts it again instead of ending QEMU. */
  private rebootTimer: NodeJS.Timeout | null = null;
  /** The warning a VM stopped by the shutdown countdown keeps: the guest did not go down by itself. */
  private forcedNotice: Message | undefined;
  /** The guest agent (when the VM has its channel): Shut down asks it first while it answers. */
  agent: GuestAgentWatch | null = null;

  constructor(
    readonly id: string,
    readonly files: RuntimeFiles,
    /** Called once QMP is up and the guest is still paused (fresh start) or already running (re-attach). */
    private readonly onAttach: (how: 'start' | 'reattach') => Promise<void>,
  ) {
    super();
  }

  get qmpClient(): QmpClient | null {
    return this.qmp;
  }

  get isActive(): boolean {
    return ['starting', 'running', 'paused', 'shutting-down'].includes(this.status.state);
  }

  /** At engine start: is QEMU of this VM still running from an earlier session? */
  async reattach(): Promise<void> {
    const pid = await readPidfile(this.files.pidfile);
    if (pid === null) return; // QEMU removes its pidfile on every orderly exit
    if (!isAlive(pid) || !(await isOurQemu(pid, this.files.qmp))) {
      // SIGKILL and crashes leave the pidfile behind. A zombie nobody reaped still tells how it ended.
      const exit = describeExit(await zombieExit(pid));
      this.setStatus({
        state: 'crashed',
        error: exit ? says('engine:process.endedAwayExit', { pid, exit }) : says('engine:process.endedAway', { pid }),
        log: await lastLines(this.files.log),
      });
      return;
    }
    this.pid = pid;
    this.disposable = (await cmdlineOf(pid)).includes('-snapshot');
    let qmp: QmpClient;
    try {
      qmp = await QmpClient.connect(this.files.qmp, { timeoutMs: 5_000 });
    } catch (err) {
      this.setStatus({ state: 'running', pid, error: says('engine:process.qmpSilent', { pid, cause: causeOf(err) }) });
      return;
    }
    await this.follow(qmp);
    await this.onAttach('reattach');
  }

  /**
   * Start QEMU detached; resolves when the guest runs with the console relay attached. beforeCont runs
   * while the guest is still paused (a restore feeds in the saved state there); if it fails, QEMU is
   * stopped again and the start fails.
   */
  async start(qemuBinary: string, argv: string[], opts: { beforeCont?: (qmp: QmpClient) => Promise<void> } = {}): Promise<void> {
    if (this.isActive) throw new ApiError('conflict', says('engine:process.already', { state: stateWord(this.status.state) }));
    await this.prepareRuntimeDir();
    this.orderlyExit = false;
    this.disposable = argv.includes('-snapshot');
    this.setStatus({ state: 'starting' });

    let child: ChildProcess;
    try {
      const log = await fs.open(this.files.log, 'w', 0o600);
      try {
        // detached: own session, so QEMU survives VirtDesk quitting; stderr into qemu.log for crash reports.
        child = spawn(qemuBinary, argv, { detached: true, stdio: ['ignore', log.fd, log.fd] });
      } finally {
        await log.close();
      }
    } catch (err) {
      // Node refused to start it at all (a bad argument, no log file): the VM is not left "starting".
      const error = says('engine:process.spawnFailed', { cause: causeOf(err) });
      this.setStatus({ state: 'crashed', error });
      throw new ApiError('qemu', sentences(error, says('engine:process.checkSettings')));
    }
    this.pid = child.pid ?? null; // known at once, so Force off works even while QMP is not up yet
    if (this.pid !== null) this.setStatus({ state: 'starting', pid: this.pid });
    let spawnError: NodeJS.ErrnoException | null = null;
    this.childExit = new Promise((resolve) => {
      child.once('exit', (code, signal) => resolve({ code, signal }));
      child.once('error', (err) => {
        spawnError = err;
        resolve({ code: null, signal: null });
      });
    });
    let exited = false;
    void this.childExit.then(() => (exited = true));
    child.unref();

    let qmp: QmpClient;
    try {
      qmp = await QmpClient.connect(this.files.qmp, { timeoutMs: 20_000, alive: () => !exited });
    } catch {
      const info = await Promise.race([this.childExit, delay(1_000).then(() => null)]);
      if (!info) child.kill('SIGKILL'); // alive but no QMP after 20 s: do not leave it running
      const log = await lastLines(this.files.log);
      const spawnCode = (spawnError as NodeJS.ErrnoException | null)?.code;
      this.childExit = null;
      this.pid = null;
      if (this.orderlyExit) {
        this.setStatus({ state: 'stopped' });
        throw new ApiError('conflict', says('engine:process.startCancelled'));
      }
      const failure = startFailure(qemuBinary, spawnCode, info, log);
      // The status keeps the short sentence and the whole log; the thrown message adds QEMU's last word.
      this.setStatus({ state: 'crashed', error: startFailure(qemuBinary, spawnCode, info, ''), log });
      throw new ApiError('qemu', failure);
    }
    try {
      await this.follow(qmp);
    } catch (err) {
      // QEMU died right after its greeting (e.g. a KVM abort); onEnded reports it as crashed.
      throw new ApiError('qemu', says('engine:process.diedAtStart', { cause: causeOf(err) }));
    }
    if (opts.beforeCont) {
      try {
        await opts.beforeCont(qmp);
      } catch (err) {
        await this.forceOff().catch(() => {});
        throw err;
      }
    }
    try {
      await this.onAttach('start');
      await qmp.execute('cont');
    } catch (err) {
      // The VM stays paused rather than running with a console nobody can see; the user can retry.
      this.setStatus({ state: 'paused', error: says('engine:process.consoleFailed', { cause: causeOf(err) }) });
    }
  }

  /** Guest agent (while it answers) or ACPI power button; forced off after timeoutSec (says so: forcedNotice). */
  async shutdown(timeoutSec = DEFAULT_SHUTDOWN_TIMEOUT_SEC, forcedNotice?: Message): Promise<void> {
    const qmp = this.requireQmp('shutdown');
    if (this.rebootTimer) {
      // A reboot was waiting for the guest to go down: now going down means off.
      this.clearRebootTimer();
      await qmp.execute('set-action', { shutdown: 'poweroff' });
    }
    if (!(await this.agent?.shutdown())) await qmp.execute('system_powerdown');
    const forceOffAt = Date.now() + timeoutSec * 1000;
    this.clearForceOffTimer();
    const forced = () => {
      if (forcedNotice && this.status.state === 'stopped')
        this.setStatus({ state: 'stopped', warning: (this.forcedNotice = forcedNotice) });
    };
    this.forceOffTimer = setTimeout(() => void this.forceOff().then(forced, () => {}), timeoutSec * 1000);
    this.setStatus({ state: 'shutting-down', forceOffAt });
  }

  /**
   * ACPI reboot: QEMU is told to pause rather than exit when the guest powers off; the power button is
   * pressed; on the guest's SHUTDOWN the machine is reset and resumed. A guest that ignores the button
   * for timeoutSec (no ACPI support, or a busy guest) is reset instead.
   */
  async reboot(timeoutSec: number): Promise<void> {
    const qmp = this.requireQmp('reboot');
    if (this.status.state !== 'running') {
      throw new ApiError(
        'conflict',
        says('engine:cannot.inState', { cannot: says('engine:cannot.reboot'), state: stateWord(this.status.state) }),
      );
    }
    await qmp.execute('set-action', { shutdown: 'pause' });
    this.clearRebootTimer();
    this.rebootTimer = setTimeout(() => void this.finishReboot(), timeoutSec * 1000);
    await qmp.execute('system_powerdown');
  }

  /** Like pulling the plug: QMP quit, and SIGKILL if QEMU does not go within a moment. */
  async forceOff(): Promise<void> {
    if (!this.isActive) throw new ApiError('conflict', says('engine:process.notRunning', { state: stateWord(this.status.state) }));
    this.clearForceOffTimer();
    this.clearRebootTimer();
    this.orderlyExit = true;
    const stopped = this.waitForState(['stopped', 'crashed'], FORCE_QUIT_GRACE_MS * 3);
    const qmp = this.qmp; // its closing will report the end; without one, nothing else would
    if (qmp) await qmp.execute('quit', undefined, FORCE_QUIT_GRACE_MS).catch(() => {});
    if (this.pid !== null && !(await waitForExit(this.pid, FORCE_QUIT_GRACE_MS))) {
      try {
        process.kill(this.pid, 'SIGKILL');
      } catch {
        /* it went by itself in the meantime */
      }
    }
    if (!qmp) await this.onEnded();
    await stopped;
  }

  /** Show (or, with undefined, clear) a warning about the running VM, e.g. from the KVM watchdog. */
  warn(warning: Message | undefined): void {
    if (!this.isActive || this.status.warning?.text === warning?.text) return;
    this.setStatus({ ...this.liveFields(), warning });
  }

  /** VirtDesk quits: let go of QEMU without stopping it. */
  detach(): void {
    this.detached = true;
    this.agent?.stop();
    this.clearForceOffTimer();
    this.clearRebootTimer();
    this.qmp?.close();
  }

  private async follow(qmp: QmpClient): Promise<void> {
    this.qmp = qmp;
    qmp.on('event', (e) => this.onEvent(e));
    qmp.once('close', () => void this.onEnded());
    const [status, kvm, balloon] = await Promise.all([
      qmp.execute<{ status: string; running: boolean }>('query-status'),
      qmp.execute<{ enabled: boolean }>('query-kvm'),
      // Without a balloon device QEMU answers DeviceNotActive: nothing to show then.
      qmp.execute<{ actual: number }>('query-balloon').catch(() => null),
    ]);
    // A fresh start is paused by -S only until the console is attached: it stays "starting" until the
    // RESUME event that follows "cont".
    this.setStatus({
      state: this.status.state === 'starting' ? 'starting' : status.running ? 'running' : 'paused',
      pid: this.pid ?? undefined,
      accel: kvm.enabled ? 'kvm' : 'tcg',
      balloonMiB: balloon ? Math.round(balloon.actual / 2 ** 20) : undefined,
    });
  }

  /** What a status change must carry over (a warning, an error) while the state stays the same. */
  private liveFields(): Pick<VmStatus, 'state' | 'error' | 'log' | 'warning'> {
    const { state, error, log, warning } = this.status;
    return { state, error, log, warning };
  }

  /** Reset and run the guest, and let a later guest poweroff end QEMU again. */
  private async finishReboot(): Promise<void> {
    this.clearRebootTimer();
    const qmp = this.qmp;
    if (!qmp) return;
    try {
      await qmp.execute('set-action', { shutdown: 'poweroff' });
      await qmp.execute('system_reset');
      const { status } = await qmp.execute<{ status: string }>('query-status');
      if (status !== 'running') await qmp.execute('cont');
    } catch (err) {
      this.warn(says('engine:process.rebootIncomplete', { cause: causeOf(err) }));
    }
  }

  private onEvent(e: QmpEvent): void {
    switch (e.event) {
      case 'SHUTDOWN':
        if (this.rebootTimer) {
          void this.finishReboot(); // the guest went down for the reboot: QEMU paused, it did not exit
          break;
        }
        this.orderlyExit = true;
        break;
      case 'BALLOON_CHANGE':
        this.setStatus({ ...this.liveFields(), balloonMiB: Math.round(Number(e.data.actual) / 2 ** 20) });
        break;
      case 'STOP':
        if (this.status.state === 'running') this.setStatus({ state: 'paused' });
        break;
      case 'RESUME':
        if (this.status.state !== 'shutting-down') this.setStatus({ state: 'running', error: undefined });
        break;
    }
  }

  /** The QMP socket closed: QEMU has ended (or VirtDesk let go of it). */
  private async onEnded(): Promise<void> {
    this.qmp = null;
    this.clearForceOffTimer();
    this.clearRebootTimer();
    if (this.detached) return;
    const pid = this.pid;
    // QMP closes as QEMU exits, so the process is gone (or a zombie) at once; the waits are bounds.
    // A child's 'exit' gives its status. A re-attached QEMU is not our child (VirtDesk restarted since
    // it started it): its status is readable only while it is an unreaped zombie.
    const reattached = !this.childExit;
    let info: ExitInfo | null = null;
    if (this.childExit) info = await Promise.race([this.childExit, delay(EXIT_SEEN_WITHIN_MS).then(() => null)]);
    else if (pid !== null && (await waitForExit(pid, EXIT_SEEN_WITHIN_MS))) info = await zombieExit(pid);
    this.childExit = null;
    this.pid = null;
    if (this.orderlyExit) {
      await this.removeLeftovers();
      this.setStatus({ state: 'stopped' });
    } else {
      const log = await lastLines(this.files.log);
      this.setStatus({ state: 'crashed', error: crashMessage(pid, info, reattached, log), log });
    }
  }

  private requireQmp(what: 'shutdown' | 'reboot'): QmpClient {
    if (!this.qmp || !this.isActive) {
      const cannot = says(`engine:cannot.${what}`);
      throw new ApiError('conflict', says('engine:cannot.notRunningState', { cannot, state: stateWord(this.status.state) }));
    }
    return this.qmp;
  }

  private waitForState(states: VmStatus['state'][], timeoutMs: number): Promise<void> {
    if (states.includes(this.status.state)) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.off('status', check);
        reject(new ApiError('qemu', says('engine:process.stopTimeout', { s: timeoutMs / 1000 })));
      }, timeoutMs);
      const check = (s: VmStatus) => {
        if (!states.includes(s.state)) return;
        clearTimeout(timer);
        this.off('status', check);
        resolve();
      };
      this.on('status', check);
    });
  }

  private async prepareRuntimeDir(): Promise<void> {
    await fs.mkdir(this.files.dir, { recursive: true, mode: 0o700 });
    await this.removeLeftovers();
  }

  /** Sockets and pidfile a dead QEMU left behind (SIGKILL leaves them; the VNC socket always stays). */
  private async removeLeftovers(): Promise<void> {
    const { qmp, serial0, hvc0, qga, monitor, pidfile } = this.files;
    await Promise.all([qmp, serial0, hvc0, qga, monitor, pidfile].map((f) => fs.rm(f, { force: true })));
  }

  private clearRebootTimer(): void {
    if (this.rebootTimer) clearTimeout(this.rebootTimer);
    this.rebootTimer = null;
  }

  private clearForceOffTimer(): void {
    if (this.forceOffTimer) clearTimeout(this.forceOffTimer);
    this.forceOffTimer = null;
  }

  private setStatus(patch: Partial<VmStatus> & Pick<VmStatus, 'state'>): void {
    const keep = patch.state === this.status.state || isLive(patch.state);
    this.status = {
      state: patch.state,
      since: patch.state === this.status.state ? this.status.since : Date.now(),
      accel: keep && isLive(patch.state) ? (patch.accel ?? this.status.accel) : undefined,
      pid: isLive(patch.state) ? (patch.pid ?? this.status.pid) : undefined,
      forceOffAt: patch.state === 'shutting-down' ? patch.forceOffAt : undefined,
      error: 'error' in patch ? patch.error : undefined,
      log: 'log' in patch ? patch.log : undefined,
      // A stopped VM keeps one warning only: that the shutdown countdown forced it off.
      warning: 'warning' in patch && (isLive(patch.state) || patch.warning === this.forcedNotice) ? patch.warning : undefined,
      balloonMiB: isLive(patch.state) ? (patch.balloonMiB ?? this.status.balloonMiB) : undefined,
      disposable: isLive(patch.state) && this.disposable ? true : undefined,
    };
    this.emit('status', this.status);
  }
}

const isLive = (s: VmStatus['state']) => ['starting', 'running', 'paused', 'shutting-down'].includes(s);
const delay = (ms: number) => new Promise((r) => setTimeout(r, ms));
