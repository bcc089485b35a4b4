// Issue #17 item 3 against real QEMU (TCG) and the real test guest, whose qemu-ga starts when the VM
// has the org.qemu.guest_agent.0 port: a new VM has the channel; the agent reports the guest's name,
// OS and NAT address; the engine re-attaches to it after a restart; a live snapshot freezes and thaws
// the file systems; Shut down asks the agent. Without an agent answering (killed, or the channel off),
// nothing shows and Shut down is ACPI's, at once.
import { describe, expect, it } from 'vitest';
import type { VmEvent } from '../../shared/api.js';
import { consoleUrl } from '../../shared/console-url.js';
import { firstIpv4, type VmSummary } from '../../shared/model/index.js';
import type { Engine } from '../server/create-engine.js';
import { ConsoleReader } from './test-support/console-reader.js';
import { GUEST_PROMPT } from './test-support/guest.js';
import { forceOffAfterFailure } from './test-support/stop-vms.js';
import { kernelVm, useTestEngine } from './test-support/test-engine.js';
import { waitForState } from './test-support/wait-state.js';

const t = useTestEngine();
forceOffAfterFailure(() => t.engine);

/** Resolves with the VM once its summary (now or in a later event) passes `ok`. */
async function waitForVm(engine: Engine, id: string, ok: (vm: VmSummary) => boolean, timeoutMs: number, what: string): Promise<VmSummary> {
  const now = await engine.api.get({ id });
  if (ok(now)) return now;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      engine.service.off('event', onEvent);
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
    }, timeoutMs);
    const onEvent = (e: VmEvent) => {
      if (e.type !== 'vm-changed' || e.vm.id !== id || !ok(e.vm)) return;
      clearTimeout(timer);
      engine.service.off('event', onEvent);
      resolve(e.vm);
    };
    engine.service.on('event', onEvent);
  });
}

const hasAddress = (vm: VmSummary) => firstIpv4(vm.status.guest) === '10.0.2.15';

async function shell(id: string): Promise<ConsoleReader> {
  const con = await ConsoleReader.open(consoleUrl((await t.engine.api.openConsole({ id, stream: 'serial0' })).url, t.engine.server.wsBase));
  await con.waitForShell(GUEST_PROMPT, 180_000);
  return con;
}

async function run(con: ConsoleReader, command: string, done: string): Promise<void> {
  const from = con.length;
  con.type(`${command}; echo ${done}-$((6*7))\r`);
  await con.waitFor(`${done}-42`, 30_000, from);
}

describe('the QEMU guest agent', () => {
  let id: string;

  it('a new VM has the channel; the agent reports the host name, the OS and the NAT address', async () => {
    const vm = await t.engine.api.create(kernelVm('agent', { storage: { kind: 'new', sizeGiB: 0.05, format: 'qcow2' } }));
    id = vm.id;
    expect(vm.config?.guestAgent).toBe(true);
    await t.engine.api.start({ id });
    const seen = await waitForVm(t.engine, id, hasAddress, 240_000, 'the agent to report 10.0.2.15');
    expect(seen.status.guest).toMatchObject({ agent: 'answering', hostname: 'virtdesk-guest', os: 'VirtDesk test guest' });
    expect(seen.status.guest?.interfaces.map((i) => i.name)).toEqual(['eth0']); // loopback left out
  }, 300_000);

  it('re-attaches to the agent after an engine restart', async () => {
    const engine = await t.restart();
    const seen = await waitForVm(engine, id, hasAddress, 60_000, 'the agent again after the restart');
    expect(seen.status.guest?.hostname).toBe('virtdesk-guest');
  }, 90_000);

  it('a live snapshot freezes the file systems and thaws them', async () => {
    const list = await t.engine.api.createSnapshot({ id, name: 'frozen' });
    // The busybox guest has no file system qemu-ga can freeze (all in RAM): it reports 0, and thaws.
    expect(list.filesystems?.key).toBe('guest:snapshot.frozen');
    expect(list.filesystems?.params).toEqual({ n: 0 });
    expect(list.snapshots.map((s) => s.name)).toEqual(['frozen']);
  }, 120_000);

  it('Shut down asks the agent, and the guest powers itself off', async () => {
    const con = await shell(id);
    try {
      // The busybox guest has no /sbin/shutdown, which qemu-ga runs: give it one that says it ran. A
      // frozen agent would refuse guest-shutdown (so this also proves the thaw above).
      await run(
        con,
        `printf '#!/bin/sh\\necho SHUTDOWN-BY-AGENT >/dev/console\\nsync\\npoweroff -f\\n' >/sbin/shutdown; chmod 755 /sbin/shutdown`,
        'ready',
      );
      const from = con.length;
      await t.engine.api.shutdown({ id });
      await con.waitFor('SHUTDOWN-BY-AGENT', 60_000, from);
    } finally {
      con.close();
    }
    const off = await waitForState(t.engine.service, id, 'stopped', 60_000);
    expect(off.status.guest).toBeUndefined();
  }, 240_000);

  it('an agent that stopped answering: nothing shown, Shut down is ACPI’s and does not wait', async () => {
    await t.engine.api.start({ id });
    await waitForVm(t.engine, id, hasAddress, 240_000, 'the agent');
    const con = await shell(id);
    try {
      await run(con, 'kill $(pidof qemu-ga)', 'killed');
    } finally {
      con.close();
    }
    const asked = Date.now();
    await t.engine.api.shutdown({ id });
    // One sync's timeout at most (3 s), then the ACPI button: the guest's acpid powers it off.
    expect(Date.now() - asked).toBeLessThan(10_000);
    expect((await t.engine.api.get({ id })).status.guest?.agent).not.toBe('answering');
    await waitForState(t.engine.service, id, 'stopped', 60_000);
  }, 360_000);

  it('a VM with the channel off shows nothing and shuts down by ACPI', async () => {
    const vm = await t.engine.api.create(kernelVm('no agent', { guestAgent: false }));
    expect(vm.config?.guestAgent).toBe(false);
    await t.engine.api.start({ id: vm.id });
    const con = await shell(vm.id);
    con.close();
    expect((await t.engine.api.get({ id: vm.id })).status.guest).toBeUndefined();
    const asked = Date.now();
    await t.engine.api.shutdown({ id: vm.id });
    expect(Date.now() - asked).toBeLessThan(5_000);
    await waitForState(t.engine.service, vm.id, 'stopped', 60_000);
  }, 300_000);
});
