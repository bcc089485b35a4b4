// Issue 13 (3-5) against the real engine, qemu-img and QEMU: Review shows exactly the VM that create()
// makes; each wizard step's check catches its own mistakes (files, ports, names, free space); the
// Clone dialog learns what blocks a linked clone before the choice; the OS list and OS detection come
// from libosinfo, and real media from Debian's packages are recognised.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ApiError, type CreateVmInput } from '../../shared/api.js';
import { freeBytes } from './create/disk-space.js';
import { imageInfo } from './img/qemu-img.js';
import { freePort } from './test-support/free-port.js';
import { GUEST_DIR, GUEST_ISO } from './test-support/guest.js';
import { forceOffAfterFailure } from './test-support/stop-vms.js';
import { kernelVm, useTestEngine } from './test-support/test-engine.js';

const t = useTestEngine();
forceOffAfterFailure(() => t.engine);
const userDir = fs.mkdtempSync(path.join(os.tmpdir(), 'virtdesk-user-files-'));
afterAll(() => fs.rmSync(userDir, { recursive: true, force: true }));
const GiB = 1024 ** 3;

/** The ApiError a call rejects with (the test fails if it resolves). */
async function refusal(call: Promise<unknown>): Promise<ApiError> {
  const err = await call.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(err instanceof ApiError)) throw new Error(`expected a refusal, got ${String(err)}`);
  return err;
}

const isoInput = (name: string, hostPort: number): CreateVmInput => ({
  name,
  source: { kind: 'iso', isoPath: GUEST_ISO },
  memoryMiB: 256,
  cpus: 1,
  accel: 'tcg',
  storage: { kind: 'new', sizeGiB: 1, format: 'qcow2' },
  network: { mode: 'user', forwards: [{ proto: 'tcp', hostPort, guestPort: 22 }] },
});

describe('Review is the truth', () => {
  it('the plan reviewed (id, MAC, paths, sizes, commands) is the VM created, and the same each time it is shown', async () => {
    const api = t.engine.api;
    const input = isoInput('reviewed', await freePort('tcp'));
    const first = await api.reviewCreate(input);
    // The wizard keeps the plan's identity and gives it back from then on.
    const planned = { ...input, id: first.config.id, network: { ...input.network, mac: first.config.nics[0]!.mac } };
    const again = await api.reviewCreate(planned);
    const { createdAt: _a, ...firstConfig } = first.config;
    const { createdAt: _b, ...againConfig } = again.config;
    expect(againConfig).toEqual(firstConfig);
    expect(again.commands).toEqual(first.commands);
    expect(again.disks).toEqual(first.disks);
    expect(again.disks).toEqual([
      expect.objectContaining({ file: 'disk0.qcow2', origin: 'new', format: 'qcow2', virtualSize: GiB, hostBytes: null }),
    ]);
    expect(await api.previewCreate(planned)).toMatchObject({ commands: first.commands });

    const vm = await api.create(planned);
    expect(vm.id).toBe(first.config.id);
    const stored = JSON.parse(fs.readFileSync(path.join(t.dirs.dataDir, 'vms', vm.id, 'vm.json'), 'utf8')) as typeof first.config;
    // Only the moment of creation differs from the review.
    expect({ ...stored, createdAt: 'x' }).toEqual({ ...again.config, createdAt: 'x' });
    expect((await api.commandLine({ id: vm.id })).text).toBe(again.commands.at(-1));
    // The disk is where Review said, as large as it said, made by the command it showed.
    expect(again.commands[0]).toContain(again.disks[0]!.path);
    expect((await imageInfo('qemu-img', again.disks[0]!.path))['virtual-size']).toBe(again.disks[0]!.virtualSize);

    // That identity is taken now: a second create with it is refused, at the review.
    const twice = await refusal(api.create({ ...planned, name: 'reviewed again' }));
    expect(twice).toMatchObject({ code: 'conflict', field: 'id' });
    expect(twice.message).toMatch(/taken already \(by the VM "reviewed"\): check the new plan Review shows/);
    // And its MAC belongs to that VM.
    const mac = await refusal(api.reviewCreate({ ...planned, id: undefined, name: 'other mac' }));
    expect(mac).toMatchObject({ code: 'conflict', field: 'network.mac' });
  });

  it('Review shows a size for every disk: an image converted, one used in place, an existing one', async () => {
    const qcow2 = path.join(userDir, 'in.qcow2');
    const raw = path.join(userDir, 'data.raw');
    execFileSync('qemu-img', ['create', '-q', '-f', 'qcow2', qcow2, '96M']);
    execFileSync('qemu-img', ['create', '-q', '-f', 'raw', raw, '64M']);
    const converted = await t.engine.api.reviewCreate(kernelVm('converted', { source: { kind: 'import', path: qcow2, mode: 'convert' } }));
    expect(converted.disks.map((d) => [d.origin, d.virtualSize])).toEqual([['converted', 96 * 1024 ** 2]]);
    const existing = await t.engine.api.reviewCreate(kernelVm('existing', { storage: { kind: 'existing', path: raw } }));
    expect(existing.disks.map((d) => [d.origin, d.virtualSize])).toEqual([['existing', 64 * 1024 ** 2]]);
    const inPlace = await t.engine.api.reviewCreate(kernelVm('in place', { source: { kind: 'import', path: raw, mode: 'use' } }));
    expect(inPlace.disks).toEqual([expect.objectContaining({ path: raw, origin: 'in-place', format: 'raw', virtualSize: 64 * 1024 ** 2 })]);
  });
});

describe('each step caught on its own', () => {
  it('step 1: a kernel or initrd that is missing or is no kernel, an ISO that is no ISO', async () => {
    const api = t.engine.api;
    const kernel = (k: string, initrd: string | null = null) =>
      api.checkCreateStep({ step: 'source', source: { kind: 'kernel', kernel: k, initrd, append: 'console=ttyS0' } });
    expect(await refusal(kernel('/nonexistent/vmlinuz'))).toMatchObject({
      field: 'source.kernel',
      message: expect.stringMatching(/does not exist/),
    });
    expect(await refusal(kernel(GUEST_ISO))).toMatchObject({
      field: 'source.kernel',
      message: expect.stringMatching(/is not a kernel QEMU can boot .*it looks like an ISO 9660 image/),
    });
    expect(await refusal(kernel(path.join(GUEST_DIR, 'vmlinuz'), GUEST_ISO))).toMatchObject({
      field: 'source.initrd',
      message: expect.stringMatching(/is not an initrd/),
    });
    expect(await kernel(path.join(GUEST_DIR, 'vmlinuz'), path.join(GUEST_DIR, 'initrd.img'))).toEqual({ warnings: [] });
    const notIso = path.join(userDir, 'passwd-copy.iso');
    fs.writeFileSync(notIso, 'root:x:0:0:root:/root:/bin/bash\n'.repeat(2000));
    expect(await refusal(api.checkCreateStep({ step: 'source', source: { kind: 'iso', isoPath: notIso } }))).toMatchObject({
      field: 'source.isoPath',
      message: expect.stringMatching(/is not an ISO 9660 or UDF image \(it looks like a text file\)/),
    });
  });

  it('step 3: more memory than the host has; UEFI for an OS that needs it is there (OVMF)', async () => {
    const api = t.engine.api;
    const host = await api.host();
    const tooMuch = await refusal(api.checkCreateStep({ step: 'resources', memoryMiB: host.memTotalMiB + 1024, cpus: 1, accel: 'tcg' }));
    expect(tooMuch).toMatchObject({ field: 'memoryMiB', message: expect.stringMatching(/This host has \d+ MiB of memory/) });
    expect(await api.checkCreateStep({ step: 'resources', osId: 'win11', memoryMiB: 512, cpus: 1, accel: 'tcg' })).toEqual({
      warnings: [],
    });
  });

  it('step 4: a raw disk larger than the free space is refused with the figures; the same qcow2 gets a warning', async () => {
    const api = t.engine.api;
    const free = await freeBytes(t.dirs.dataDir);
    const sizeGiB = Math.ceil(free / GiB) + 10;
    const raw = await refusal(
      api.checkCreateStep({ step: 'storage', source: { kind: 'pxe' }, storage: { kind: 'new', sizeGiB, format: 'raw' } }),
    );
    expect(raw).toMatchObject({ field: 'storage.sizeGiB' });
    expect(raw.message).toMatch(
      new RegExp(
        `^A raw disk of ${sizeGiB.toLocaleString('en-US')} GiB is a file of that full size \\(copies write all of it out, and the guest can fill it\\), and the data folder .* has [\\d.,]+ GiB free`,
      ),
    );
    const qcow2 = await api.checkCreateStep({
      step: 'storage',
      source: { kind: 'pxe' },
      storage: { kind: 'new', sizeGiB, format: 'qcow2' },
    });
    expect(qcow2.warnings.map((w) => w.text)).toEqual([expect.stringMatching(/qcow2 disk can grow larger than the [\d.,]+ GiB free/)]);
    expect(qcow2.disks).toEqual([expect.objectContaining({ origin: 'new', virtualSize: sizeGiB * GiB })]);
    expect(qcow2.freeBytes).toBeGreaterThan(0);
    // An existing image that is not there, at its own field.
    const missing = await refusal(
      api.checkCreateStep({ step: 'storage', source: { kind: 'pxe' }, storage: { kind: 'existing', path: '/nonexistent/disk.qcow2' } }),
    );
    expect(missing).toMatchObject({ field: 'storage.path' });
  });

  it('step 5: a host port something listens on, one another VM forwards, a name taken', async () => {
    const api = t.engine.api;
    const forwarded = (await api.list()).find((v) => v.name === 'reviewed')!.config!.nics[0]!.network;
    const takenPort = forwarded.mode === 'user' ? forwarded.forwards[0]!.hostPort : 0;
    const listener = net.createServer();
    await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
    const busy = (listener.address() as net.AddressInfo).port;
    try {
      const network = (hostPort: number) => ({
        step: 'network' as const,
        name: 'step five',
        network: { mode: 'user' as const, forwards: [{ proto: 'tcp' as const, hostPort, guestPort: 22 }] },
      });
      expect(await refusal(api.checkCreateStep(network(busy)))).toMatchObject({
        code: 'conflict',
        field: 'network.forwards.0.hostPort',
        message: expect.stringMatching(new RegExp(`host port ${busy}/tcp is already in use by another program`)),
      });
      expect(await refusal(api.checkCreateStep(network(takenPort)))).toMatchObject({
        field: 'network.forwards.0.hostPort',
        message: expect.stringMatching(/already forwarded by the VM "reviewed"/),
      });
      expect(await refusal(api.checkCreateStep({ ...network(await freePort('tcp')), name: 'REVIEWED' }))).toMatchObject({ field: 'name' });
      expect(await api.checkCreateStep(network(await freePort('tcp')))).toEqual({ warnings: [] });

      // "Add port forward" offers neither.
      const offered = await api.suggestHostPort({ proto: 'tcp', guestPort: takenPort, taken: [busy] });
      expect(offered.hostPort).not.toBe(takenPort);
      expect(offered.hostPort).not.toBe(busy);
      const sshOffer = await api.suggestHostPort({ proto: 'tcp', guestPort: 22, taken: [] });
      expect(sshOffer.hostPort).toBeGreaterThanOrEqual(2222);
    } finally {
      listener.close();
    }
  });
});

describe('linked-clone blockers, before the choice', () => {
  it('none for a stopped VM; internal snapshots block a linked clone only; a running VM blocks both', async () => {
    const api = t.engine.api;
    const vm = await api.create(kernelVm('clone me', { storage: { kind: 'new', sizeGiB: 0.0625, format: 'qcow2' } }));
    expect(await api.cloneBlockers({ id: vm.id })).toEqual({ full: [], linked: [] });
    await api.createSnapshot({ id: vm.id, name: 'before' });
    const blockers = await api.cloneBlockers({ id: vm.id });
    expect(blockers.full).toEqual([]);
    expect(blockers.linked.map((b) => b.text)).toEqual([
      expect.stringMatching(/^disk0\.qcow2 holds 1 snapshot: .* Delete it \(Snapshots tab\), or make a full copy\.$/),
    ]);
    // The clone itself refuses with the same words.
    expect((await refusal(api.cloneVm({ id: vm.id, name: 'linked', mode: 'linked' }))).message).toBe(blockers.linked[0]?.text);

    await api.start({ id: vm.id });
    try {
      const running = await api.cloneBlockers({ id: vm.id });
      expect(running.full.map((b) => b.text)).toEqual([expect.stringMatching(/^Cannot clone: the VM is (starting|running)/)]);
      expect(running.linked[0]).toEqual(running.full[0]);
    } finally {
      await api.forceOff({ id: vm.id });
    }
  });
});

describe('OS detection and the OS list from libosinfo', () => {
  const osinfo = fs.existsSync('/usr/share/osinfo/os');

  it('the whole list: hundreds of OSes from libosinfo, Debian 12 from the built-in list, generic', async (ctx) => {
    if (!osinfo) return ctx.skip('osinfo-db is not installed');
    const list = await t.engine.api.osList();
    expect(list.length).toBeGreaterThan(500);
    expect(list.find((o) => o.id === 'win11')?.defaults).toMatchObject({ firmware: 'uefi', diskBus: 'sata', nicModel: 'e1000' });
    expect(list.find((o) => o.name.startsWith('Debian 12'))).toBeDefined();
    expect(list.find((o) => o.id === 'generic')).toBeDefined();
  });

  it.for([
    ['iPXE', '/usr/lib/ipxe/ipxe.iso', 'ipxe'],
    ['memtest86+', '/usr/lib/memtest86+/memtest86+x64.iso', 'memtest86plus'],
  ] as const)("Debian's %s ISO is recognised", async ([, iso, id], ctx) => {
    if (!fs.existsSync(iso)) return ctx.skip(`${iso} is not installed`);
    expect(await t.engine.api.detectOs({ isoPath: iso })).toMatchObject({ source: 'label', os: { id } });
  });

  it("a netboot ISO made from Debian's installer package is recognised from its version.info", async (ctx) => {
    const tree = '/usr/lib/debian-installer/images/12/amd64/text';
    if (!fs.existsSync(tree)) return ctx.skip('debian-installer-12-netboot-amd64 is not installed');
    const src = path.join(userDir, 'netboot');
    fs.mkdirSync(path.join(src, 'boot/grub'), { recursive: true });
    fs.copyFileSync(path.join(tree, 'version.info'), path.join(src, 'version.info'));
    fs.copyFileSync(path.join(tree, 'debian-installer/amd64/linux'), path.join(src, 'linux'));
    fs.writeFileSync(path.join(src, 'boot/grub/grub.cfg'), 'linux /linux console=ttyS0\nboot\n');
    const iso = path.join(userDir, 'debian-netboot.iso');
    execFileSync('grub-mkrescue', ['-o', iso, src], { stdio: 'ignore' });
    expect(await t.engine.api.detectOs({ isoPath: iso })).toMatchObject({ source: 'label', volumeId: null, os: { id: 'debian12' } });
  });
});
