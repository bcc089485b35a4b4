// Issue 3/6 against real QEMU (TCG) and the real test guest: every install source boots, a port
// forward answers on the host, two NICs appear in the guest, a running VM's CD is swapped live,
// edits of a running VM wait for the next boot, and the exported script runs the VM by hand.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreateVmInput, VmEvent } from '../../shared/api.js';
import { createEngine, type Engine } from '../server/create-engine.js';
import { convertImage } from './img/qemu-img.js';
import { tcpPortFree } from './net/port-check.js';
import { ConsoleReader } from './test-support/console-reader.js';
import { GUEST_DIR, GUEST_ISO, GUEST_MARKER, GUEST_PROMPT, requireGuest, tempDirs } from './test-support/guest.js';
import { forceOffAfterFailure } from './test-support/stop-vms.js';
import { consoleUrl } from '../../shared/console-url.js';

const dirs = tempDirs();
/** The user's own files (images to import, ISOs): never inside VirtDesk's folders, as the policy wants. */
const userDir = fs.mkdtempSync(path.join(os.tmpdir(), 'virtdesk-user-files-'));
let engine: Engine;
forceOffAfterFailure(() => engine); // a failed test's guest must not run on beside the next ones
const KERNEL = path.join(GUEST_DIR, 'vmlinuz');
const INITRD = path.join(GUEST_DIR, 'initrd.img');

const input = (name: string, patch: Partial<CreateVmInput>): CreateVmInput => ({
  name,
  memoryMiB: 256,
  cpus: 1,
  accel: 'tcg',
  source: { kind: 'iso', isoPath: GUEST_ISO },
  storage: { kind: 'none' },
  network: { mode: 'user' },
  display: 'none',
  ...patch,
});

async function consoleOf(id: string): Promise<ConsoleReader> {
  return ConsoleReader.open(consoleUrl((await engine.api.openConsole({ id, stream: 'serial0' })).url, engine.server.wsBase));
}

/** Start, get through GRUB if there is one, and wait for the guest's shell. */
async function bootToShell(id: string, viaGrub: boolean): Promise<ConsoleReader> {
  await engine.api.start({ id });
  const con = await consoleOf(id);
  if (viaGrub) {
    await con.waitFor('VirtDesk test guest', 30_000);
    con.type('\r');
  }
  await con.waitFor(GUEST_MARKER, 60_000);
  await con.waitFor(GUEST_PROMPT, 10_000);
  return con;
}

async function run(con: ConsoleReader, command: string, expectOut: RegExp | string, timeoutMs = 15_000) {
  const from = con.text.length;
  con.type(`${command}\r`);
  await con.waitFor(expectOut, timeoutMs, from);
}

async function freePort(): Promise<number> {
  for (let p = 20000 + Math.floor(Math.random() * 20000); ; p++) if (await tcpPortFree(p)) return p;
}

beforeAll(async () => {
  requireGuest();
  engine = await createEngine({ paths: dirs, rendererDir: null });
});
afterAll(async () => {
  for (const vm of await engine.api.list()) await engine.api.forceOff({ id: vm.id }).catch(() => {});
  await engine.close();
  dirs.cleanup();
  fs.rmSync(userDir, { recursive: true, force: true });
});

describe('install sources', () => {
  it('the ISO is recognised from its volume label and sets the defaults', async () => {
    const found = await engine.api.detectOs({ isoPath: GUEST_ISO });
    expect(found).toMatchObject({
      source: 'label',
      volumeId: 'VIRTDESK_TEST',
      os: { id: 'virtdesk-test', defaults: { diskBus: 'virtio', machine: 'pc' } },
    });
    const preview = await engine.api.previewCreate(input('preview only', { storage: { kind: 'new', sizeGiB: 2, format: 'qcow2' } }));
    expect(preview.commands[0]).toMatch(/^qemu-img create -q -f qcow2 .*disk0\.qcow2 2147483648$/); // exactly what runs
    expect(preview.commands[1]).toMatch(/^qemu-system-x86_64 \\\n/);
    expect(preview.commands[1]).toContain(`-drive if=none,id=ide1-cd0,media=cdrom,readonly=on,format=raw,file=${GUEST_ISO}`);
    expect((await engine.api.list()).map((v) => v.name)).not.toContain('preview only'); // nothing written
  });

  it('direct kernel boot: a port forward answers on the host, and a second NIC shows in the guest', async () => {
    const port = await freePort();
    const vm = await engine.api.create(
      input('kernel guest', {
        source: { kind: 'kernel', kernel: KERNEL, initrd: INITRD, append: 'console=ttyS0' },
        network: { mode: 'user', forwards: [{ proto: 'tcp', hostPort: port, guestPort: 8080 }] },
      }),
    );
    expect(vm.config).toMatchObject({ kernel: { kernel: KERNEL }, cdroms: [], disks: [] });
    // A second NIC added in the editor before the first boot.
    const { vm: edited, pendingRestart } = await engine.api.update({
      id: vm.id,
      patch: { nics: [...vm.config!.nics, { model: 'virtio-net-pci', mac: '52:54:00:00:aa:02', network: { mode: 'user', forwards: [] } }] },
    });
    expect(pendingRestart).toEqual([]); // it was not running
    expect(edited.config!.nics).toHaveLength(2);

    const con = await bootToShell(vm.id, false);
    await run(con, 'ls /sys/class/net | tr "\\n" " "', /eth0 eth1 lo/);
    await run(
      con,
      'mkdir -p /tmp/www && echo hello-from-guest > /tmp/www/index.html && httpd -p 8080 -h /tmp/www && echo started',
      'started',
    );
    const body = await new Promise<string>((resolve, reject) => {
      const tryGet = (left: number) =>
        http
          .get(`http://127.0.0.1:${port}/`, (res) => {
            let b = '';
            res.on('data', (d) => (b += d));
            res.on('end', () => resolve(b));
          })
          .on('error', (e) => (left > 0 ? setTimeout(() => tryGet(left - 1), 500) : reject(e)));
      tryGet(20);
    });
    expect(body.trim()).toBe('hello-from-guest');

    // Edits of a running VM: memory waits for the next boot, the name applies at once.
    const res = await engine.api.update({ id: vm.id, patch: { memoryMiB: 384, name: 'kernel guest renamed' } });
    expect(res.pendingRestart).toEqual(['memoryMiB']);
    expect(res.vm.status.pendingRestart).toEqual(['memoryMiB']);
    expect(res.vm.name).toBe('kernel guest renamed');
    con.close();
    await engine.api.forceOff({ id: vm.id });
    expect((await engine.api.get({ id: vm.id })).status.pendingRestart).toBeUndefined();
  });

  it.each([
    ['raw, used in place', 'raw' as const, 'use' as const],
    ['qcow2, converted into the VM folder with progress', 'qcow2' as const, 'convert' as const],
    ['raw, as the backing file of an overlay', 'raw' as const, 'overlay' as const],
  ])('an imported %s image boots', async (_label, format, mode) => {
    // The GRUB ISO is a hybrid image: as a disk it boots the same menu.
    const image = path.join(userDir, `import-${mode}.${format === 'raw' ? 'img' : 'qcow2'}`);
    await convertImage('qemu-img', { src: GUEST_ISO, srcFormat: 'raw', dst: image, dstFormat: format }, () => {});
    const before = fs.statSync(image).mtimeMs;
    const progress: number[] = [];
    const onEvent = (e: VmEvent) => e.type === 'task' && progress.push(e.task.percent);
    engine.service.on('event', onEvent);
    const vm = await engine.api.create(input(`imported ${mode}`, { source: { kind: 'import', path: image, mode } }));
    engine.service.off('event', onEvent);
    expect(vm.config!.boot.order).toEqual(['disk']);
    if (mode === 'convert') expect(progress.at(-1)).toBe(100);
    if (mode === 'use') expect(vm.config!.disks[0]).toMatchObject({ file: image, format: 'raw' });
    else expect(vm.config!.disks[0]).toMatchObject({ file: 'disk0.qcow2', format: 'qcow2' });
    const con = await bootToShell(vm.id, true);
    con.close();
    await engine.api.forceOff({ id: vm.id });
    if (mode === 'overlay') expect(fs.statSync(image).mtimeMs).toBe(before); // the base stays untouched
  });

  it('network boot (PXE) tries the NIC first', async () => {
    const vm = await engine.api.create(input('pxe guest', { source: { kind: 'pxe' } }));
    expect(vm.config!.boot.order).toEqual(['network', 'disk']);
    const { text } = await engine.api.commandLine({ id: vm.id });
    expect(text).toMatch(/virtio-net-pci,netdev=net0,mac=52:54:00:[0-9a-f:]+,id=nic0,bootindex=1/);
  });
});

describe("the editor's checks", () => {
  it('adds a new empty disk made by qemu-img, and refuses an image whose format is misdeclared', async () => {
    const vm = await engine.api.create(input('disk guest', { storage: { kind: 'new', sizeGiB: 1, format: 'qcow2' } }));
    const added = await engine.api.addDisk({ id: vm.id, sizeGiB: 2, format: 'raw', bus: 'sata' });
    expect(added.vm.config!.disks.map((d) => [d.file, d.format, d.bus])).toEqual([
      ['disk0.qcow2', 'qcow2', 'virtio'],
      ['disk1.img', 'raw', 'sata'],
    ]);
    expect(fs.statSync(path.join(dirs.dataDir, 'vms', vm.id, 'disk1.img')).size).toBe(2 * 1024 ** 3);

    const qcow = path.join(userDir, 'really.qcow2');
    await convertImage('qemu-img', { src: GUEST_ISO, srcFormat: 'raw', dst: qcow, dstFormat: 'qcow2' }, () => {});
    const disks = [
      ...added.vm.config!.disks,
      { file: qcow, format: 'raw' as const, bus: 'virtio' as const, cache: 'default' as const, readOnly: false },
    ];
    const err = await engine.api.update({ id: vm.id, patch: { disks } }).catch((e) => e);
    expect(err.message).toMatch(/is a qcow2 image, not raw: choose qcow2/);
    expect(err.details).toMatchObject({ field: 'patch.disks.2.format' });
    expect((await engine.api.get({ id: vm.id })).config!.disks).toHaveLength(2); // nothing written
  });

  it('names the input field of each error, so the wizard can show it in place', async () => {
    const fieldOf = (p: Promise<unknown>) =>
      p.then(
        () => null,
        (e: { details?: { field?: string } }) => e.details?.field,
      );
    expect(await fieldOf(engine.api.create(input('x1', { source: { kind: 'iso', isoPath: '/nonexistent.iso' } })))).toBe('source.isoPath');
    expect(await fieldOf(engine.api.create(input('disk guest', {})))).toBe('name');
    const taken = (await engine.api.list()).find((v) => v.name === 'disk guest')!;
    expect(await fieldOf(engine.api.create(input('x2', { network: { mode: 'user', mac: taken.config!.nics[0]!.mac } })))).toBe(
      'network.mac',
    );
  });
});

describe('the running VM', () => {
  it('swaps and ejects its CD live; QEMU shows the new medium at once', async () => {
    const other = path.join(userDir, 'other.iso');
    fs.copyFileSync(GUEST_ISO, other);
    const vm = await engine.api.create(input('cd guest', {}));
    await engine.api.start({ id: vm.id });
    const cd = (file: string | null) => [{ file, bus: 'ide' as const }];
    const swapped = await engine.api.update({ id: vm.id, patch: { cdroms: cd(other) } });
    expect(swapped).toMatchObject({ appliedLive: ['cdroms.0'], pendingRestart: [] });
    const qmpBlock = await hmp(vm.id, 'info block');
    expect(qmpBlock).toContain(`ide1-cd0 (#block`);
    expect(qmpBlock).toContain(other);
    await engine.api.update({ id: vm.id, patch: { cdroms: cd(null) } });
    expect(await hmp(vm.id, 'info block')).toMatch(/ide1-cd0: \[not inserted\]/);
    await engine.api.forceOff({ id: vm.id });
  });

  it('the exported script runs the VM without VirtDesk, its console on the terminal', async () => {
    const vm = await engine.api.create(
      input('exported', { source: { kind: 'kernel', kernel: KERNEL, initrd: INITRD, append: 'console=ttyS0' } }),
    );
    const { fileName, script } = await engine.api.exportScript({ id: vm.id });
    expect(fileName).toBe('exported.sh');
    const file = path.join(userDir, fileName);
    fs.writeFileSync(file, script, { mode: 0o755 });
    const sh = spawn('sh', [file], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    sh.stdout.on('data', (d: Buffer) => (out += d.toString('latin1')));
    try {
      await new Promise<void>((resolve, reject) => {
        const t = setTimeout(() => reject(new Error(`no guest marker from the script:\n${out.slice(-1000)}`)), 60_000);
        sh.stdout.on('data', () => out.includes(GUEST_MARKER) && (clearTimeout(t), resolve()));
        sh.once('exit', (code) => reject(new Error(`the script exited (${code}):\n${out}`)));
      });
    } finally {
      sh.stdin.write('\x01x'); // Ctrl-A X: QEMU quits
      await new Promise((r) => sh.once('exit', r));
    }
  });
});

/** A human monitor command, typed into the Monitor console as a person would (`info block`). */
async function hmp(id: string, command: string): Promise<string> {
  const con = await ConsoleReader.open(consoleUrl((await engine.api.openConsole({ id, stream: 'monitor' })).url, engine.server.wsBase));
  try {
    const from = con.text.length;
    con.type(`${command}\r`);
    await con.waitFor(/\(qemu\) $/, 5_000, from + command.length + 2);
    return con.text.slice(from);
  } finally {
    con.close();
  }
}
