// Power: start (afresh, disposable, into a live snapshot, or restoring a saved state), shut down, force
// off, pause/resume/reset, reboot, save state, and the one-click remedies. Every operation runs under
// the VM's lock, except Force off, which must work even while a start hangs.
import fs from 'node:fs/promises';
import path from 'node:path';
import { ApiError, type ParsedArgOf, type VmSummary } from '../../../shared/api.js';
import { says, type Message } from '../../../shared/i18n/index.js';
import { causeOf, sentences, stateWord } from '../engine-messages.js';
import { remedyPatch, remediesFor } from '../remedies.js';
import { ensureUefiVars } from '../create/uefi-vars.js';
import { uefiFirmware } from '../create/check-input.js';
import { restoreState, SAVED_STATE_FILE, saveState } from '../lifecycle/saved-state.js';
import { runtimeFiles } from '../paths.js';
import { DEFAULT_SHUTDOWN_TIMEOUT_SEC } from '../process/vm-process.js';
import { startVirtiofsds, stopVirtiofsds } from '../process/virtiofsd.js';
import { virtiofsShares } from '../argv/shared-folder-args.js';
import type { QmpClient } from '../qmp/qmp-client.js';
import { checkRunnable } from './check-definition.js';
import type { EngineContext } from './context.js';
import { qemuCommand } from './qemu-command.js';
import { refuseStateWithVirtiofs } from './virtiofs-state.js';
import type { VmEntry } from './registry.js';
import { requireAllowed } from './allowed.js';
import { summarize } from './summary.js';

/** How long a reboot waits for the guest to act on the power button before it resets the VM instead. */
const REBOOT_TIMEOUT_SEC = 60;

export class Lifecycle {
  constructor(private readonly ctx: EngineContext) {}

  start({ id, disposable }: ParsedArgOf<'start'>): Promise<VmSummary> {
    return this.ctx.exclusive(id, async () => this.startVm(await this.ctx.registry.load(id), { disposable }));
  }

  shutdown({ id, timeoutSec }: ParsedArgOf<'shutdown'>): Promise<VmSummary> {
    return this.ctx.exclusive(id, async () => {
      const e = await this.ctx.registry.load(id);
      requireAllowed('shutdown', e);
      const timeout = timeoutSec ?? DEFAULT_SHUTDOWN_TIMEOUT_SEC;
      await e.proc.shutdown(timeout, forcedOffNotice(e.config.name, timeout));
      return summarize(e);
    });
  }

  /** Not serialized behind other operations: it must work even while a start hangs. */
  async forceOff({ id }: ParsedArgOf<'forceOff'>): Promise<VmSummary> {
    const e = await this.ctx.registry.load(id);
    requireAllowed('forceOff', e);
    await e.proc.forceOff();
    return summarize(e);
  }

  pause(arg: ParsedArgOf<'pause'>): Promise<VmSummary> {
    return this.qmpVerb(arg.id, 'pause', 'stop');
  }

  resume(arg: ParsedArgOf<'resume'>): Promise<VmSummary> {
    return this.qmpVerb(arg.id, 'resume', 'cont');
  }

  reset(arg: ParsedArgOf<'reset'>): Promise<VmSummary> {
    return this.qmpVerb(arg.id, 'reset', 'system_reset');
  }

  reboot({ id, timeoutSec }: ParsedArgOf<'reboot'>): Promise<VmSummary> {
    return this.ctx.exclusive(id, async () => {
      const e = await this.ctx.registry.load(id);
      requireAllowed('reboot', e);
      await e.proc.reboot(timeoutSec ?? REBOOT_TIMEOUT_SEC);
      return summarize(e);
    });
  }

  saveState({ id }: ParsedArgOf<'saveState'>): Promise<VmSummary> {
    return this.ctx.exclusive(id, async () => {
      const e = await this.ctx.registry.load(id);
      requireAllowed('saveState', e);
      const qmp = requireQmp(e, 'saveState');
      await refuseStateWithVirtiofs(this.ctx, e, (cause) =>
        says('engine:cannot.because', { cannot: says('engine:cannot.saveState'), cause }),
      );
      const file = path.join(this.ctx.vmDir(id), SAVED_STATE_FILE);
      const meta = { vmId: id, vmName: e.config.name, title: says('engine:task.saving'), cancellable: true };
      await this.ctx.tasks.run(meta, (task) =>
        saveState(qmp, {
          file,
          socket: runtimeFiles(this.ctx.paths, id).migrate,
          signal: task.signal,
          onProgress: (p) => task.progress(p),
        }),
      );
      e.saved = true;
      await e.proc.forceOff(); // the guest is paused and its state on disk: QEMU may go
      return summarize(e);
    });
  }

  discardSavedState({ id }: ParsedArgOf<'discardSavedState'>): Promise<VmSummary> {
    return this.ctx.exclusive(id, async () => {
      const e = await this.ctx.registry.load(id);
      requireAllowed('discardSavedState', e);
      await fs.rm(path.join(this.ctx.vmDir(id), SAVED_STATE_FILE), { force: true });
      e.saved = false;
      return this.ctx.changed(e);
    });
  }

  /** The definition remembers the remedy's change; then the VM starts again with it. */
  applyRemedy({ id, remedy }: ParsedArgOf<'applyRemedy'>): Promise<VmSummary> {
    return this.ctx.exclusive(id, async () => {
      const e = await this.ctx.registry.load(id);
      if (!remediesFor(e.config, e.proc.status).includes(remedy)) {
        throw new ApiError('conflict', says('engine:power.remedyNotApplicable', { remedy, state: stateWord(e.proc.status.state) }));
      }
      if (remedy === 'keep-waiting') {
        this.ctx.parts.monitor.watchdog.reset(id);
        e.proc.warn(undefined);
        return summarize(e);
      }
      await this.ctx.writeConfig({ ...e.config, ...remedyPatch(e.config, remedy) });
      if (e.proc.isActive) await e.proc.forceOff();
      return this.startVm(e, {});
    });
  }

  /**
   * Boot the VM (its lock held by the caller): afresh, disposable, straight into a live snapshot
   * (loadvm), or - when its state is saved - restored where it was.
   */
  async startVm(e: VmEntry, how: { disposable?: boolean; loadvm?: string }): Promise<VmSummary> {
    const { id, config } = e;
    const host = await this.ctx.host();
    if (!host.qemu.system) {
      throw new ApiError('qemu', says('engine:power.noQemu'));
    }
    requireAllowed(how.disposable || how.loadvm ? 'startDisposable' : 'start', e);
    const restoring = e.saved;
    await checkRunnable(config, {
      others: (await this.ctx.registry.configs()).filter((c) => c.id !== id),
      paths: this.ctx.paths,
      img: await this.ctx.img(),
    });
    const cmd = await qemuCommand(this.ctx, config, { startPaused: true, incoming: restoring, ...how });
    if (cmd.errors.length) {
      const [first, ...more] = cmd.errors;
      const tooLong = cmd.errors.find((err) => err.key === 'files:argv.socketTooLong');
      throw new ApiError('invalid', tooLong ? says('engine:power.socketTooLong', { error: tooLong }) : sentences(first!, ...more));
    }
    if (config.firmware === 'uefi') await ensureUefiVars(this.ctx.vmDir(id), uefiFirmware(await this.ctx.caps()));
    e.startedWith = structuredClone(config);
    const files = runtimeFiles(this.ctx.paths, id);
    const stateFile = path.join(this.ctx.vmDir(id), SAVED_STATE_FILE);
    const restore = async (qmp: QmpClient) => {
      const meta = { vmId: id, vmName: config.name, title: says('engine:task.restoring'), cancellable: false };
      try {
        await this.ctx.tasks.run(meta, (task) =>
          restoreState(qmp, { file: stateFile, socket: files.migrate, onProgress: (p) => task.progress(p) }),
        );
      } catch (err) {
        throw new ApiError('qemu', says('engine:power.restoreFailed', { cause: causeOf(err) }));
      }
    };
    this.ctx.parts.consoles.prepare();
    // The shares' virtiofsd first: QEMU connects to their sockets as it starts.
    const shares = virtiofsShares(config, { virtiofsdUsable: host.qemu.virtiofsd !== null });
    if (shares.length) await startVirtiofsds(host.qemu.virtiofsd!, files.dir, shares);
    try {
      await e.proc.start(host.qemu.system, cmd.argv, restoring ? { beforeCont: restore } : {});
    } catch (err) {
      await stopVirtiofsds(files.dir);
      throw err;
    }
    if (restoring) {
      // It runs from the state now; the file is spent (a second restore would roll the disks' guest back).
      await fs.rm(stateFile, { force: true });
      e.saved = false;
    }
    return summarize(e);
  }

  /** pause / resume / reset: one QMP command on a VM in the right state; the events report the result. */
  private qmpVerb(id: string, action: 'pause' | 'resume' | 'reset', command: string): Promise<VmSummary> {
    return this.ctx.exclusive(id, async () => {
      const e = await this.ctx.registry.load(id);
      requireAllowed(action, e);
      await requireQmp(e, action).execute(command);
      return summarize(e);
    });
  }
}

/** Pure: what a VM says once the shutdown countdown forced it off: what happened, what it cost, what to do. */
export function forcedOffNotice(name: string, timeoutSec: number): Message {
  return says('engine:power.forcedOff', { name, timeout: timeoutSec });
}

/** What needs QEMU's monitor (QMP): the head of the sentence that refuses it while the VM is off. */
export type QmpUse = 'saveState' | 'pause' | 'resume' | 'reset' | 'screenshot' | 'sendKeys' | 'readDrives';

export function requireQmp(e: VmEntry, use: QmpUse): QmpClient {
  if (!e.proc.isActive || !e.proc.qmpClient) {
    throw new ApiError('conflict', says('engine:cannot.notRunning', { cannot: says(`engine:cannot.${use}`) }));
  }
  return e.proc.qmpClient;
}
