// Cloning a VM that is off. Full: every writable disk copied by qemu-img convert (a task with
// progress, cancellable). Linked: the original's writable disks become read-only bases and both VMs
// get a qcow2 overlay on them, so neither can change what the other sees. A lab (../labs/) makes its
// linked clones with the same pieces: makeBases once, then writeClone per VM.
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { ApiError } from '../../../shared/api.js';
import { says } from '../../../shared/i18n/index.js';
import type { VmConfig } from '../../../shared/model/index.js';
import { uniqueMac } from '../create/check-input.js';
import { diskPath } from '../disks/disk-files.js';
import { convertImage, overlayArgs } from '../img/qemu-img.js';
import { UEFI_VARS_FILE } from '../paths.js';
import { run } from '../process/run.js';
import type { TaskContext, TaskRegistry } from '../tasks/task-registry.js';
import { snapshotBlockers } from './clone-blockers.js';
import { planClone, type ClonePlan } from './plan-clone.js';

export interface CloneHost {
  img(): Promise<string>;
  vmDir(id: string): string;
  basesDir: string;
  configs(): Promise<VmConfig[]>;
  writeConfig(config: VmConfig): Promise<void>;
  /** Make a new VM folder atomically: makeFiles fills a temporary folder that is renamed at the end. */
  createVm(config: VmConfig, makeFiles: (dir: string) => Promise<void>): Promise<void>;
  tasks: TaskRegistry;
}

/** The original's disks as its linked clones will see them, and how to put the original back as it was. */
export interface LinkedBases {
  paths: string[];
  undo(): Promise<void>;
}

export async function cloneVm(host: CloneHost, src: VmConfig, name: string, mode: 'full' | 'linked'): Promise<VmConfig> {
  const all = await host.configs();
  if (all.some((c) => c.name.toLowerCase() === name.toLowerCase())) {
    throw new ApiError('conflict', says('files:clone.nameTaken', { name }), { field: 'name' });
  }
  const img = await host.img();
  const input = { id: crypto.randomUUID(), name, createdAt: new Date().toISOString(), mode };
  const srcPaths = src.disks.map((d) => diskPath(host.vmDir(src.id), d.file));
  const bases = mode === 'linked' ? await makeBases(host, img, src, srcPaths) : null;
  const plan = planClone(src, input, bases?.paths ?? srcPaths, freshMacs(all, src.nics.length));

  const meta = { vmId: src.id, vmName: src.name, title: says('files:clone.cloning', { name }), cancellable: mode === 'full' };
  await host.tasks.run(meta, (task) => writeClone(host, img, src, plan, task, (p) => task.progress(p)));
  return plan.config;
}

/** `count` MAC addresses no VM uses and none used twice. */
export function freshMacs(all: VmConfig[], count: number, taken: readonly string[] = []): string[] {
  const macs: string[] = [];
  for (let i = 0; i < count; i++) {
    let mac: string;
    do mac = uniqueMac(all);
    while (macs.includes(mac) || taken.includes(mac));
    macs.push(mac);
  }
  return macs;
}

/** One clone's folder, atomically (host.createVm): its disks copied or overlaid as planned. */
export async function writeClone(
  host: CloneHost,
  img: string,
  src: VmConfig,
  plan: ClonePlan,
  task: TaskContext,
  progress: (percent: number) => void,
): Promise<void> {
  const srcDir = host.vmDir(src.id);
  await host.createVm(plan.config, async (dir) => {
    const copies = plan.disks.filter((d) => d.kind === 'copy').length;
    let done = 0;
    for (const d of plan.disks) {
      if (d.kind === 'copy') {
        const dst = path.join(dir, d.file);
        await convertImage(img, { src: d.src, srcFormat: d.format, dst, dstFormat: d.format, signal: task.signal }, (p) =>
          progress(((done + p / 100) / copies) * 100),
        );
        done++;
      } else if (d.kind === 'overlay') {
        await overlay(img, path.join(dir, d.file), d.base, d.baseFormat);
      }
    }
    if (src.firmware === 'uefi') {
      await fs.copyFile(path.join(srcDir, UEFI_VARS_FILE), path.join(dir, UEFI_VARS_FILE)).catch(() => {}); // made at start if missing
    }
  });
}

/**
 * Linked clones: each writable disk of the original becomes a read-only base, and the original gets a
 * qcow2 overlay on it in its own folder. A disk in the VM's folder moves to the bases folder (so
 * deleting either VM never takes the base with it); a disk the user keeps elsewhere stays where it is.
 * Returns the disks' paths as the clone's overlays will name them. On failure everything is put back;
 * undo() puts it back later (a lab whose clones failed).
 */
export async function makeBases(host: CloneHost, img: string, src: VmConfig, paths: string[]): Promise<LinkedBases> {
  const srcDir = host.vmDir(src.id);
  const [snapshots] = await snapshotBlockers(img, src, paths);
  if (snapshots) throw new ApiError('conflict', snapshots);
  await fs.mkdir(host.basesDir, { recursive: true });
  const undo: Array<() => Promise<unknown>> = [];
  const putBack = async () => {
    for (const step of undo.reverse()) await step().catch(() => {});
  };
  const bases = [...paths];
  const disks = structuredClone(src.disks);
  try {
    for (const [i, d] of src.disks.entries()) {
      if (d.readOnly) continue;
      const own = path.dirname(paths[i]!) === srcDir;
      if (own) {
        const base = path.join(host.basesDir, `${src.id.slice(0, 8)}-${crypto.randomBytes(3).toString('hex')}-${path.basename(d.file)}`);
        await fs.rename(paths[i]!, base);
        undo.push(() => fs.rename(base, paths[i]!));
        await fs.chmod(base, 0o400);
        undo.push(() => fs.chmod(base, 0o600));
        bases[i] = base;
      }
      const stem = path.basename(d.file).replace(/\.[^.]+$/, '');
      let name = `${stem}.qcow2`;
      for (let n = 2; await exists(path.join(srcDir, name)); n++) name = `${stem}-${n}.qcow2`;
      await overlay(img, path.join(srcDir, name), bases[i]!, d.format);
      undo.push(() => fs.rm(path.join(srcDir, name), { force: true }));
      disks[i] = { ...d, file: name, format: 'qcow2' };
    }
    // The definition first names the overlays; putting back names the original disks again first.
    undo.push(() => host.writeConfig(src));
    await host.writeConfig({ ...src, disks });
  } catch (err) {
    await putBack();
    throw err;
  }
  return { paths: bases, undo: putBack };
}

async function overlay(img: string, file: string, base: string, baseFormat: string): Promise<void> {
  const res = await run(img, overlayArgs(file, base, baseFormat));
  if (res.code !== 0) throw new ApiError('qemu', says('files:img.overlay', { base, error: res.stderr.trim() }));
}

const exists = (p: string) =>
  fs.access(p).then(
    () => true,
    () => false,
  );
