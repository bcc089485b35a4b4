// A temp folder laid out like VirtDesk's: a data dir with two VMs (A and B), a linked-clone base, a
// folder a deleted VM left, settings.json; a runtime and a cache dir; and, outside them, files of each
// kind plus the awkward ones (a FIFO, a socket, a folder, links into VM B's folder).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { VmConfig } from '../../../../shared/model/index.js';
import type { EnginePaths } from '../../paths.js';

export const VM_A = '11111111-1111-4111-8111-111111111111';
export const VM_B = '22222222-2222-4222-8222-222222222222';
const MiB = 2 ** 20;

/** A qcow2 header qemu-img's probe and ours both recognise (not a usable image). */
export const fakeQcow2 = () => Buffer.concat([Buffer.from('QFI\xfb\x00\x00\x00\x03', 'latin1'), Buffer.alloc(MiB - 8)]);
export function fakeIso(): Buffer {
  const b = Buffer.alloc(64 * 1024);
  Buffer.from('\x01CD001\x01', 'latin1').copy(b, 32768);
  Buffer.from('\xffCD001\x01', 'latin1').copy(b, 34816);
  return b;
}
export const fakeKernel = () => Buffer.concat([Buffer.alloc(0x202), Buffer.from('HdrS'), Buffer.alloc(4096)]);
export const fakeInitrd = () => Buffer.concat([Buffer.from('070701'), Buffer.alloc(1000)]);

export interface DataDir {
  root: string;
  paths: EnginePaths;
  outside: string;
  vmDir(id: string): string;
  /** Definitions of A and B as the engine would pass them as `others`. */
  configs: VmConfig[];
  close(): Promise<void>;
}

export async function makeDataDir(): Promise<DataDir> {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'vd-policy-')));
  const paths = { dataDir: path.join(root, 'data'), runtimeDir: path.join(root, 'run'), cacheDir: path.join(root, 'cache') };
  const vmDir = (id: string) => path.join(paths.dataDir, 'vms', id);
  const outside = path.join(root, 'outside');
  const write = (file: string, data: Buffer | string) => {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, data);
  };
  for (const id of [VM_A, VM_B]) {
    write(path.join(vmDir(id), 'vm.json'), '{}\n');
    write(path.join(vmDir(id), 'disk0.qcow2'), fakeQcow2());
    write(path.join(vmDir(id), 'data.img'), Buffer.alloc(MiB));
  }
  for (const f of [
    'vm.json.bak',
    'vm.json.schema2.bak',
    'snapshots.json',
    'saved-state.vmstate',
    'saved-state.vmstate.partial',
    'OVMF_VARS.fd',
    '.vm.json.a1b2c3.tmp',
    'disk1.qcow2.partial',
    'x.tmp',
  ]) {
    write(path.join(vmDir(VM_A), f), Buffer.alloc(MiB));
  }
  write(path.join(vmDir(VM_A), 'seed.iso'), fakeIso());
  write(path.join(paths.dataDir, 'bases', '11111111-abcdef-disk0.qcow2'), fakeQcow2());
  write(path.join(paths.dataDir, 'vms', 'deleted-old-33333333', 'disk0.qcow2'), fakeQcow2());
  write(path.join(paths.dataDir, 'vms', 'deleted-old-33333333', 'vm.json.deleted'), '{}\n');
  write(path.join(paths.dataDir, 'vms', '.new-44444444-4444-4444-8444-444444444444', 'disk0.qcow2'), fakeQcow2());
  write(path.join(paths.dataDir, 'settings.json'), '{}\n');
  write(path.join(paths.dataDir, 'stray.img'), Buffer.alloc(MiB));
  write(path.join(paths.runtimeDir, VM_A, 'qemu.log'), Buffer.alloc(MiB));
  write(path.join(paths.cacheDir, 'caps.img'), Buffer.alloc(MiB));

  write(path.join(outside, 'install.iso'), fakeIso());
  write(path.join(outside, 'vmlinuz'), fakeKernel());
  write(path.join(outside, 'initrd.img'), fakeInitrd());
  write(path.join(outside, 'raw.img'), Buffer.alloc(MiB));
  write(path.join(outside, 'shared.img'), Buffer.alloc(MiB));
  write(path.join(outside, 'image.qcow2'), fakeQcow2());
  write(path.join(outside, 'notes.txt'), 'hello\n');
  write(path.join(outside, 'empty.img'), '');
  fs.mkdirSync(path.join(outside, 'folder'));
  execFileSync('mkfifo', [path.join(outside, 'fifo')]);
  fs.symlinkSync(path.join(vmDir(VM_B), 'disk0.qcow2'), path.join(outside, 'link-to-b.qcow2'));
  fs.symlinkSync(path.join(outside, 'raw.img'), path.join(outside, 'link-to-raw.img'));
  fs.symlinkSync(path.join(outside, 'gone.img'), path.join(outside, 'dangling.img'));
  fs.symlinkSync(path.join(outside, 'loop-b'), path.join(outside, 'loop-a'));
  fs.symlinkSync(path.join(outside, 'loop-a'), path.join(outside, 'loop-b'));
  fs.linkSync(path.join(vmDir(VM_B), 'data.img'), path.join(outside, 'hardlink-to-b.img'));
  fs.symlinkSync(path.join(vmDir(VM_B), 'disk0.qcow2'), path.join(vmDir(VM_A), 'sneaky.qcow2'));
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(path.join(outside, 'sock'), resolve));

  const config = (id: string, name: string, disks: VmConfig['disks']) => ({ id, name, disks, cdroms: [] }) as unknown as VmConfig;
  const disk = (file: string, readOnly = false) => ({
    file,
    format: 'raw' as const,
    bus: 'virtio' as const,
    cache: 'default' as const,
    readOnly,
  });
  const configs = [
    config(VM_A, 'alpha', [disk('disk0.qcow2')]),
    // B writes outside/shared.img in place and reads outside/raw.img.
    config(VM_B, 'bravo', [disk('disk0.qcow2'), disk(path.join(outside, 'shared.img')), disk(path.join(outside, 'raw.img'), true)]),
  ];
  return {
    root,
    paths,
    outside,
    vmDir,
    configs,
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}
