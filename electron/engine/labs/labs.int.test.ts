// Labs against real qemu-img and the real test guest: a lab of 3 linked clones of a VM with a small
// qcow2 disk, two of them pinging each other on the lab's private network, the refusals (nothing
// written), a failure midway undone, and deleteLab taking the lab but never the source or its base.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { consoleUrl } from '../../../shared/console-url.js';
import { ConsoleReader } from '../test-support/console-reader.js';
import { GUEST_PROMPT, tempDirs } from '../test-support/guest.js';
import { kernelVm, useTestEngine } from '../test-support/test-engine.js';
import { waitForState } from '../test-support/wait-state.js';
import { defaultPaths } from '../paths.js';
import { VmService } from '../vm-service.js';

const t = useTestEngine();
const withDisk = (name: string) => kernelVm(name, { storage: { kind: 'new', sizeGiB: 0.01, format: 'qcow2' } });
const vmFolder = (id: string) => path.join(t.dirs.dataDir, 'vms', id);
const backing = (file: string) =>
  (JSON.parse(execFileSync('qemu-img', ['info', '-U', '--output=json', file], { encoding: 'utf8' })) as { 'backing-filename'?: string })[
    'backing-filename'
  ] ?? null;
const snapshotOf = () => fs.readdirSync(path.join(t.dirs.dataDir, 'vms')).sort();

async function serial(id: string): Promise<ConsoleReader> {
  const con = await ConsoleReader.open(consoleUrl((await t.engine.api.openConsole({ id, stream: 'serial0' })).url, t.engine.server.wsBase));
  await con.waitForShell(GUEST_PROMPT, 240_000);
  return con;
}

/** Type a command and wait for its output (and the prompt after it). */
async function run(con: ConsoleReader, command: string, expect: RegExp | string, timeoutMs = 60_000): Promise<void> {
  const from = con.length;
  con.type(`${command}\r`);
  await con.waitFor(expect, timeoutMs, from);
}

describe('a lab', () => {
  const consoles: ConsoleReader[] = [];
  afterAll(() => consoles.forEach((c) => c.close()));

  it('makes 3 linked clones on the lab network; two of them ping each other; deleteLab keeps the source and its base', async () => {
    const src = await t.engine.api.create(withDisk('source'));
    const srcDisk = path.join(vmFolder(src.id), 'disk0.qcow2');
    const made = await t.engine.api.createLab({ id: src.id, lab: 'net1', count: 3 });

    expect(made.map((v) => v.name)).toEqual(['net1-1', 'net1-2', 'net1-3']);
    const listed = (await t.engine.api.list()).filter((v) => v.config?.lab === 'net1');
    expect(listed.map((v) => v.name).sort()).toEqual(['net1-1', 'net1-2', 'net1-3']);
    const base = backing(srcDisk)!; // the source now runs on an overlay of the base
    expect(path.dirname(base)).toBe(path.join(t.dirs.dataDir, 'bases'));
    for (const vm of made) {
      expect(vm.config!.nics.map((n) => n.network)).toEqual([{ mode: 'private', network: 'net1' }]);
      expect(backing(path.join(vmFolder(vm.id), 'disk0.qcow2'))).toBe(base);
    }
    expect(new Set(made.map((v) => v.config!.nics[0]!.mac)).size).toBe(3);

    const [a, b] = made as [(typeof made)[0], (typeof made)[0]];
    try {
      await t.engine.api.start({ id: a.id });
      await t.engine.api.start({ id: b.id });
      const [ca, cb] = await Promise.all([serial(a.id), serial(b.id)]);
      consoles.push(ca, cb);
      await run(ca, 'ip addr add 10.10.0.1/24 dev eth0 && echo ADDR-$((40+2))', 'ADDR-42');
      await run(cb, 'ip addr add 10.10.0.2/24 dev eth0 && echo ADDR-$((40+2))', 'ADDR-42');
      await run(ca, 'ping -c 3 -W 5 10.10.0.2', /3 packets received/, 120_000);
      await run(cb, 'ping -c 2 -W 5 10.10.0.1', /2 packets received/, 120_000);

      await expect(t.engine.api.deleteLab({ lab: 'net1' })).rejects.toThrow(/while VMs of it run \((net1-1, net1-2|net1-2, net1-1)\)/);
      expect(snapshotOf()).toHaveLength(4); // nothing went
    } finally {
      for (const vm of [a, b]) await t.engine.api.forceOff({ id: vm.id }).catch(() => {});
    }

    const res = await t.engine.api.deleteLab({ lab: 'net1' });
    expect(res.deleted.sort()).toEqual(['net1-1', 'net1-2', 'net1-3']);
    expect(res.keptIn).toEqual([]);
    expect(snapshotOf()).toEqual([src.id]);
    for (const vm of made) expect(fs.existsSync(vmFolder(vm.id))).toBe(false);
    expect(fs.existsSync(base)).toBe(true);
    expect(backing(srcDisk)).toBe(base);
    execFileSync('qemu-img', ['check', '-U', srcDisk]);

    // The source still boots on its disk.
    try {
      await t.engine.api.start({ id: src.id });
      consoles.push(await serial(src.id));
    } finally {
      await t.engine.api.forceOff({ id: src.id }).catch(() => {});
    }
  }, 600_000);

  it('refuses clashing names, an existing lab, a bad count and a running source, writing nothing', async () => {
    const src = await t.engine.api.create(withDisk('origin'));
    const clash = await t.engine.api.create(kernelVm('TP-2'));
    const before = snapshotOf();
    const config = JSON.stringify((await t.engine.api.get({ id: src.id })).config);

    await expect(t.engine.api.createLab({ id: src.id, lab: 'tp', count: 3 })).rejects.toThrow(/VMs with these names exist already: tp-2/);
    for (const count of [0, 1, 17, 100]) {
      await expect(t.engine.api.createLab({ id: src.id, lab: 'tp', count })).rejects.toThrow(/A lab has 2 to 16 VMs/);
    }
    await expect(t.engine.api.createLab({ id: src.id, lab: 'a b', count: 2 })).rejects.toThrow(/lab name of letters/);
    const preview = await t.engine.api.previewLab({ id: src.id, lab: 'tp', count: 3 });
    expect(preview.blockers.map((m) => m.key)).toEqual(['labs:refuse.namesTaken']);
    expect(preview.commands.at(-1)).toMatch(/^qemu-img create -q -f qcow2 -b .*bases.* '.*<tp-3>\/disk0.qcow2'$/);

    try {
      await t.engine.api.start({ id: src.id });
      await expect(t.engine.api.createLab({ id: src.id, lab: 'ok', count: 2 })).rejects.toThrow(
        /linked clones of origin, whose disks must not change.*the VM is running; shut it down/,
      );
      const running = await t.engine.api.previewLab({ id: src.id, lab: 'ok', count: 2 });
      expect(running.blockers.map((m) => m.key)).toEqual(['labs:refuse.source']);
    } finally {
      await t.engine.api.forceOff({ id: src.id });
    }
    // Another lab's name is taken too.
    await t.engine.api.createLab({ id: clash.id, lab: 'other', count: 2 });
    await expect(t.engine.api.createLab({ id: src.id, lab: 'other', count: 2 })).rejects.toThrow(/A lab named other exists already/);
    await t.engine.api.deleteLab({ lab: 'other' });
    await expect(t.engine.api.deleteLab({ lab: 'other' })).rejects.toThrow(/No VM belongs to a lab named other/);

    expect(snapshotOf()).toEqual(before);
    expect(JSON.stringify((await t.engine.api.get({ id: src.id })).config)).toBe(config);
    expect(fs.existsSync(path.join(vmFolder(src.id), 'disk0.qcow2'))).toBe(true);
  }, 300_000);
});

describe('a lab whose third VM fails', () => {
  // A qemu-img that fails its third "create" once armed: the source's overlay, net-1, then net-2.
  const dirs = tempDirs();
  const counter = path.join(dirs.dataDir, 'count');
  const armed = path.join(dirs.dataDir, 'armed');
  const wrapper = path.join(dirs.dataDir, 'qemu-img');
  fs.writeFileSync(
    wrapper,
    `#!/bin/sh
if [ "$1" = create ] && [ -e '${armed}' ]; then
  n=$(( $(cat '${counter}' 2>/dev/null || echo 0) + 1 )); echo $n > '${counter}'
  if [ $n -eq 3 ]; then echo 'No space left on device (test)' >&2; exit 1; fi
fi
exec qemu-img "$@"
`,
    { mode: 0o700 },
  );
  const service = new VmService({ paths: { ...defaultPaths(), dataDir: dirs.dataDir, runtimeDir: dirs.runtimeDir }, qemuImg: wrapper });
  afterAll(async () => {
    await service.close();
    dirs.cleanup();
  });

  it('removes the VMs already made, puts the source back, and says which failed and why', async () => {
    await service.init();
    const src = await service.create(withDisk('seed'));
    const srcDir = path.join(dirs.dataDir, 'vms', src.id);
    const before = fs.readdirSync(srcDir).sort();
    fs.writeFileSync(armed, '');
    await expect(service.createLab({ id: src.id, lab: 'net', count: 3 })).rejects.toThrow(
      /Could not make net-2: .*No space left on device \(test\).* net-1 were removed again, and the source VM is as it was/,
    );
    expect(fs.readdirSync(path.join(dirs.dataDir, 'vms'))).toEqual([src.id]);
    expect((await service.list()).map((v) => v.name)).toEqual(['seed']);
    expect(fs.readdirSync(srcDir).sort()).toEqual(before);
    expect(backing(path.join(srcDir, 'disk0.qcow2'))).toBeNull();
    expect((await service.get({ id: src.id })).config!.disks[0]!.file).toBe('disk0.qcow2');
    expect(fs.readdirSync(path.join(dirs.dataDir, 'bases')).filter((f) => !f.startsWith('.'))).toEqual([]);
    await waitForState(service, src.id, 'stopped');
  }, 120_000);
});
