// Issue R2 1/7: deleting one VM must never delete another's disk, and a VM whose vm.json is broken can
// still be removed, file by file. Real qemu-img, the real engine through its API (validation included).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api.js';
import { kernelVm, useTestEngine } from './test-support/test-engine.js';

const t = useTestEngine();
const vmFolder = (id: string) => path.join(t.dirs.dataDir, 'vms', id);

describe('deletion', () => {
  it("a VM that names another VM's disk (an older VirtDesk allowed it) never offers it for deletion", async () => {
    const alpha = await t.engine.api.create(kernelVm('alpha', { storage: { kind: 'new', sizeGiB: 0.01, format: 'qcow2' } }));
    const beta = await t.engine.api.create(kernelVm('beta'));
    const alphaDisk = path.join(vmFolder(alpha.id), 'disk0.qcow2');
    // What the API now refuses, written by hand as an older version could have stored it.
    const betaJson = path.join(vmFolder(beta.id), 'vm.json');
    const config = JSON.parse(fs.readFileSync(betaJson, 'utf8'));
    config.disks = [{ file: alphaDisk, format: 'qcow2', bus: 'virtio', cache: 'default', readOnly: false }];
    fs.writeFileSync(betaJson, JSON.stringify(config));

    const { files } = await t.engine.api.deletionPlan({ id: beta.id });
    expect(files).toEqual([expect.objectContaining({ path: alphaDisk, insideVmFolder: false, usedBy: ['alpha'] })]);
    await expect(t.engine.api.remove({ id: beta.id, deleteFiles: [alphaDisk] })).rejects.toThrow(/used by alpha.*Untick it/);
    await expect(t.engine.api.start({ id: beta.id })).rejects.toThrow(/folder of another VM \("alpha"/);
    expect(fs.existsSync(alphaDisk)).toBe(true);

    await t.engine.api.remove({ id: beta.id, deleteFiles: [] });
    expect(fs.existsSync(alphaDisk)).toBe(true);
    expect((await t.engine.api.list()).map((v) => v.name)).toEqual(['alpha']);
  });

  it('a broken VM (vm.json unreadable) is listed, and removed with the files the user ticks', async () => {
    const vm = await t.engine.api.create(kernelVm('gamma', { storage: { kind: 'new', sizeGiB: 0.01, format: 'raw' } }));
    fs.writeFileSync(path.join(vmFolder(vm.id), 'vm.json'), '{ this is not json');
    const listed = (await t.engine.api.list()).find((v) => v.id === vm.id)!;
    expect(listed.status.state).toBe('broken');
    await expect(t.engine.api.start({ id: vm.id })).rejects.toThrow(/cannot be used: .*not valid JSON/);

    const { files } = await t.engine.api.deletionPlan({ id: vm.id });
    const disk = path.join(vmFolder(vm.id), 'disk0.img');
    expect(files.map((f) => f.path)).toEqual([disk]); // vm.json itself is not offered: it goes aside
    const out = await t.engine.api.remove({ id: vm.id, deleteFiles: [disk] });
    expect(out).toEqual({ kept: [], keptIn: null });
    expect(fs.existsSync(vmFolder(vm.id))).toBe(false);
    expect((await t.engine.api.list()).some((v) => v.id === vm.id)).toBe(false);
  });

  it('resizeDisk answers with the resized disk', async () => {
    const vm = await t.engine.api.create(kernelVm('delta', { storage: { kind: 'new', sizeGiB: 0.01, format: 'qcow2' } }));
    const entry = await t.engine.api.resizeDisk({ id: vm.id, index: 0, sizeBytes: 32 * 1024 ** 2 });
    expect(entry.chain?.[0]?.virtualSize).toBe(32 * 1024 ** 2);
    await t.engine.api.remove({ id: vm.id, deleteFiles: [entry.path] });
  });

  it('an unknown id is "not found"', async () => {
    const err = await t.engine.api.deletionPlan({ id: '00000000-0000-4000-8000-000000000000' }).catch((e: ApiError) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).code).toBe('not-found');
  });
});
