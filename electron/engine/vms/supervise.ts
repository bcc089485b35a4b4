// Each VM's QEMU supervisor and what happens around it: the console relay attaches before the guest
// runs, the balloon gets its target, clients hear of every state change; and at engine start, VMs that
// kept running while VirtDesk was closed are re-attached.
import fs from 'node:fs/promises';
import path from 'node:path';
import { GuestAgentWatch } from '../guest-agent/agent-watch.js';
import { SAVED_STATE_FILE } from '../lifecycle/saved-state.js';
import { runtimeFiles } from '../paths.js';
import { VmProcess } from '../process/vm-process.js';
import { stopVirtiofsds } from '../process/virtiofsd.js';
import type { EngineContext } from './context.js';

export function superviseVm(ctx: EngineContext, id: string): VmProcess {
  const proc: VmProcess = new VmProcess(id, runtimeFiles(ctx.paths, id), async (how) => {
    const config = ctx.registry.peek(id)?.startedWith;
    const { scrollbackKiB } = await ctx.parts.settings.read();
    await ctx.parts.consoles.connect(id, {
      serial: (config?.serialPorts ?? 0) > 0,
      virtioConsole: config?.consoleDevice === 'virtio',
      scrollbackBytes: scrollbackKiB * 1024,
    });
    // The balloon's target for this boot, set before the guest runs (the driver picks it up).
    if (how === 'start' && config?.balloon && config.currentMemoryMiB !== null && config.currentMemoryMiB < config.memoryMiB) {
      await proc.qmpClient?.execute('balloon', { value: config.currentMemoryMiB * 2 ** 20 });
    }
  });
  const agent = new GuestAgentWatch(proc.files.qga, (info) => {
    const e = ctx.registry.peek(id);
    if (!e) return;
    e.guest = info;
    ctx.changed(e);
  });
  proc.agent = agent;
  proc.on('status', (status) => {
    if (status.state === 'starting') ctx.parts.monitor.watchdog.reset(id);
    if (!proc.isActive) ctx.parts.consoles.disconnect(id, status.state === 'crashed' ? 'crashed' : 'stopped');
    // virtiofsd leaves with QEMU by itself; this ends one QEMU never connected to.
    if (status.state === 'stopped' || status.state === 'crashed') void stopVirtiofsds(proc.files.dir);
    // The agent is asked once the guest runs (a fresh start or a re-attach), and forgotten when it stops.
    if (status.state === 'running' && ctx.registry.peek(id)?.startedWith?.guestAgent) agent.start();
    if (!proc.isActive) agent.stop();
    const e = ctx.registry.peek(id);
    if (!e) return;
    e.seen = true;
    ctx.changed(e);
  });
  return proc;
}

/** At engine start: take in every VM, note saved states, and re-attach to the QEMUs still running. */
export async function reattachAll(ctx: EngineContext): Promise<void> {
  const stored = await ctx.registry.list();
  await Promise.all(
    stored.map(async (s) => {
      if (!s.config) return;
      const e = ctx.registry.admit(s);
      const stateFile = path.join(ctx.vmDir(s.id), SAVED_STATE_FILE);
      e.saved = await fs.access(stateFile).then(
        () => true,
        () => false,
      );
      await fs.rm(`${stateFile}.partial`, { force: true }); // a save cut short when VirtDesk last quit
      // What it runs with is not recorded anywhere QEMU can tell us; assume the definition on disk.
      e.startedWith = structuredClone(s.config);
      await e.proc.reattach();
      // An engine killed while starting this VM may have left its virtiofsd waiting for a QEMU.
      if (!e.proc.isActive) await stopVirtiofsds(runtimeFiles(ctx.paths, s.id).dir);
    }),
  );
}
