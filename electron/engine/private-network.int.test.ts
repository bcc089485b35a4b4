// Issue #17 item 1 against real QEMU and the real guest: two VMs on one private network ping each other
// (one of them with NAT beside it), and a third VM on another private network, with an address on the
// same subnet, gets none of it. Addresses are typed on the serial consoles: VirtDesk offers no DHCP on a
// private network, so the guest's background DHCP leaves those NICs without one.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CreateVmInput, VmEvent } from '../../shared/api.js';
import type { NicConfig } from '../../shared/model/index.js';
import { consoleUrl } from '../../shared/console-url.js';
import { ConsoleReader } from './test-support/console-reader.js';
import { GUEST_PROMPT } from './test-support/guest.js';
import { forceOffAfterFailure } from './test-support/stop-vms.js';
import { kernelVm, useTestEngine } from './test-support/test-engine.js';
import { waitForState } from './test-support/wait-state.js';

const t = useTestEngine();
forceOffAfterFailure(() => t.engine);
const consoles: ConsoleReader[] = [];
afterAll(() => consoles.forEach((c) => c.close()));

const onPrivate = (network: string, mac: string): NicConfig => ({ model: 'virtio-net-pci', mac, network: { mode: 'private', network } });

/**
 * A VM of the test guest booted to its shell with these NICs (set by an edit, or null: as created from
 * `input`), and `ip` set on `dev`.
 */
async function guest(
  name: string,
  nics: ((nat: NicConfig) => NicConfig[]) | null,
  dev: string,
  ip: string,
  input: Partial<CreateVmInput> = {},
): Promise<ConsoleReader> {
  const vm = await t.engine.api.create(kernelVm(name, input));
  if (nics) await t.engine.api.update({ id: vm.id, patch: { nics: nics(vm.config!.nics[0]!) } });
  await t.engine.api.start({ id: vm.id });
  const up = await waitForState(t.engine.service, vm.id, 'running', 60_000).catch(async () => t.engine.api.get({ id: vm.id }));
  expect(up.status.state, JSON.stringify(up.status)).toBe('running');
  const con = await ConsoleReader.open(
    consoleUrl((await t.engine.api.openConsole({ id: vm.id, stream: 'serial0' })).url, t.engine.server.wsBase),
  );
  consoles.push(con);
  await con.waitForShell(GUEST_PROMPT, 240_000);
  const from = con.length;
  // The guest's background DHCP client flushes the NIC's addresses when it starts: a static address set
  // before it has run (a slow boot on busy cores) would be wiped. It gives up after three tries.
  con.type(`while pidof udhcpc >/dev/null; do sleep 1; done; ip addr add ${ip}/24 dev ${dev} && echo addr-$((40+2))\r`);
  await con.waitFor('addr-42', 120_000, from);
  return con;
}

/** Runs ping in the guest and returns how many replies came back. */
async function ping(con: ConsoleReader, ip: string, waitSec: number): Promise<number> {
  const from = con.length;
  con.type(`ping -c 3 -W ${waitSec} ${ip}; echo ping-done-$((40+2))\r`);
  await con.waitFor('ping-done-42', 60_000, from);
  const m = /(\d+) packets received/.exec(con.text.slice(from));
  if (!m) throw new Error(`no ping summary:\n${con.text.slice(from)}`);
  // Every member hears every frame once: a duplicate would mean the segment loops.
  expect(con.text.slice(from)).not.toMatch(/duplicates/);
  return Number(m[1]);
}

describe('private networks between VMs', () => {
  it('two VMs on one network ping each other; a VM on another network hears nothing', async () => {
    // NAT and a private NIC at once: the private one is eth1.
    const a = await guest('lan a', (nat) => [nat, onPrivate('lan', '52:54:00:17:00:01')], 'eth1', '10.10.0.1');
    const b = await guest('lan b', () => [onPrivate('lan', '52:54:00:17:00:02')], 'eth0', '10.10.0.2');
    // Created on its network, as the wizard does.
    const c = await guest('other c', null, 'eth0', '10.10.0.3', {
      network: { mode: 'private', network: 'other', mac: '52:54:00:17:00:03' },
    });
    // Members are listed with their VM's state.
    const running = (await t.engine.api.networks()).networks.find((n) => n.name === 'lan')!;
    expect(running.members.map((m) => m.state)).toEqual(['running', 'running']);
    // Generous for the answers (two TCG guests on busy cores), short for the silence.
    expect(await ping(a, '10.10.0.2', 15)).toBe(3);
    expect(await ping(b, '10.10.0.1', 15)).toBe(3);
    expect(await ping(a, '10.10.0.3', 3)).toBe(0);
    expect(await ping(c, '10.10.0.2', 3)).toBe(0);
    for (const vm of await t.engine.api.list()) await t.engine.api.forceOff({ id: vm.id });
  }, 900_000);

  it('lists each network with its members and the group their QEMUs joined; deletes only a named, unused one', async () => {
    const { networks, notice } = await t.engine.api.networks();
    expect(notice).toBeNull();
    const members = Object.fromEntries(
      networks.map((n) => [n.name, n.members.map((m) => `${m.vmName}/${m.nicIndex}/${m.mac}/${m.state}`)]),
    );
    expect(members).toEqual({
      lan: ['lan a/1/52:54:00:17:00:01/stopped', 'lan b/0/52:54:00:17:00:02/stopped'],
      other: ['other c/0/52:54:00:17:00:03/stopped'],
    });
    // The group shown is the one on the command line (so the one QEMU joined).
    const lan = networks.find((n) => n.name === 'lan')!;
    const a = (await t.engine.api.list()).find((v) => v.name === 'lan a')!;
    expect((await t.engine.api.commandLine({ id: a.id })).text).toContain(
      `mcast=${lan.group.address}:${lan.group.port},localaddr=127.0.0.1`,
    );

    // A network VMs use cannot be deleted, named or not; the message names them and the fix.
    await expect(t.engine.api.deleteNetwork({ name: 'lan' })).rejects.toThrow(/in use by lan a, lan b\. Move their network cards/);
    const named = await t.engine.api.createNetwork({ name: 'lan' });
    expect(named).toMatchObject({ name: 'lan', registered: true, group: lan.group });
    expect(named.members).toHaveLength(2);
    await expect(t.engine.api.createNetwork({ name: 'lan' })).rejects.toThrow(/exists already/);
    await expect(t.engine.api.deleteNetwork({ name: 'lan' })).rejects.toThrow(/in use by lan a, lan b/);

    // One created before any VM joins it is listed empty, and goes when deleted; windows are told.
    const events: string[] = [];
    const onEvent = (e: VmEvent) => events.push(e.type);
    t.engine.service.on('event', onEvent);
    expect((await t.engine.api.createNetwork({ name: 'dmz' })).members).toEqual([]);
    expect((await t.engine.api.networks()).networks.map((n) => n.name)).toEqual(['dmz', 'lan', 'other']);
    await t.engine.api.deleteNetwork({ name: 'dmz' });
    t.engine.service.off('event', onEvent);
    expect(events.filter((e) => e === 'networks-changed')).toHaveLength(2);
    await expect(t.engine.api.deleteNetwork({ name: 'dmz' })).rejects.toThrow(/no network named “dmz”/);
    await expect(t.engine.api.createNetwork({ name: 'bad name' })).rejects.toThrow(/name/);

    // A registry file VirtDesk cannot read: the list still shows the VMs' networks and says why; changes wait.
    fs.writeFileSync(path.join(t.dirs.dataDir, 'networks.json'), '{ oops');
    const broken = await t.engine.api.networks();
    expect(broken.notice?.text).toMatch(/networks\.json cannot be used \(it is not JSON/);
    expect(broken.networks.map((n) => n.name)).toEqual(['lan', 'other']);
    await expect(t.engine.api.createNetwork({ name: 'dmz' })).rejects.toThrow(/correct it or remove it/);
    expect(fs.readFileSync(path.join(t.dirs.dataDir, 'networks.json'), 'utf8')).toBe('{ oops');
  }, 120_000);
});
