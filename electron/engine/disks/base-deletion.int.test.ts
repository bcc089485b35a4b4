// Deleting a linked-clone base: refused while any VM's chain (or another base) builds on it, and for
// anything that is not a plain file directly in <data>/bases/; done once nothing does. Real qemu-img.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { kernelVm, useTestEngine } from '../test-support/test-engine.js';

const t = useTestEngine();
const withDisk = (name: string) => kernelVm(name, { storage: { kind: 'new', sizeGiB: 0.01, format: 'qcow2' } });
const basesDir = () => path.join(t.dirs.dataDir, 'bases');
const baseFiles = () => fs.readdirSync(basesDir()).filter((f) => !f.startsWith('.'));

async function removeWithDisks(id: string) {
  const { files } = await t.engine.api.deletionPlan({ id });
  await t.engine.api.remove({ id, deleteFiles: files.filter((f) => !f.usedBy.length).map((f) => f.path) });
}

describe('deleteBase', () => {
  it('refuses a base a VM builds on, naming it; deletes it once no VM does', async () => {
    const origin = await t.engine.api.create(withDisk('origin'));
    const clone = await t.engine.api.cloneVm({ id: origin.id, name: 'clone', mode: 'linked' });
    const [file] = baseFiles();
    const base = path.join(basesDir(), file!);

    await expect(t.engine.api.deleteBase({ path: base })).rejects.toThrow(
      /is the base of (clone, origin|origin, clone): deleting it would destroy their disks/,
    );
    await removeWithDisks(clone.id);
    await expect(t.engine.api.deleteBase({ path: base })).rejects.toThrow(/is the base of origin:/);
    expect(fs.existsSync(base)).toBe(true);

    await removeWithDisks(origin.id);
    expect(fs.existsSync(base)).toBe(true); // deleting a VM never takes its base
    const listed = (await t.engine.api.listDisks({})).find((d) => d.path === base)!;
    expect(listed.usedBy).toEqual([]);
    expect(await t.engine.api.deleteBase({ path: base })).toEqual({ deleted: base });
    expect(fs.existsSync(base)).toBe(false);
    expect((await t.engine.api.listDisks({})).some((d) => d.path === base)).toBe(false);
  });

  it('refuses a base another base builds on (a linked clone of a linked clone)', async () => {
    const a = await t.engine.api.create(withDisk('first'));
    await t.engine.api.cloneVm({ id: a.id, name: 'second', mode: 'linked' });
    const before = new Set(baseFiles());
    await t.engine.api.cloneVm({ id: a.id, name: 'third', mode: 'linked' });
    const lower = path.join(
      basesDir(),
      [...before].find((f) => f.startsWith(a.id.slice(0, 8)))!,
    );
    // Every VM gone but the upper base is left: it still builds on the lower one.
    for (const vm of await t.engine.api.list()) await removeWithDisks(vm.id);
    const upper = baseFiles()
      .map((f) => path.join(basesDir(), f))
      .find((f) => f !== lower)!;
    await expect(t.engine.api.deleteBase({ path: lower })).rejects.toThrow(new RegExp(`the base ${path.basename(upper)}`));
    await t.engine.api.deleteBase({ path: upper });
    await t.engine.api.deleteBase({ path: lower });
    expect(baseFiles()).toEqual([]);
  });

  it('takes nothing but a plain file directly in bases/: a VM disk, a symlink and a missing file are refused', async () => {
    const vm = await t.engine.api.create(withDisk('keeper'));
    const disk = path.join(t.dirs.dataDir, 'vms', vm.id, 'disk0.qcow2');
    await expect(t.engine.api.deleteBase({ path: disk })).rejects.toThrow(
      /is not a linked-clone base: VirtDesk deletes only image files directly in its bases folder/,
    );
    fs.mkdirSync(basesDir(), { recursive: true });
    const link = path.join(basesDir(), 'sneaky.qcow2');
    fs.symlinkSync(disk, link);
    await expect(t.engine.api.deleteBase({ path: link })).rejects.toThrow(/is not a linked-clone base/);
    fs.rmSync(link);
    await expect(t.engine.api.deleteBase({ path: path.join(basesDir(), 'gone.qcow2') })).rejects.toThrow(/does not exist/);
    await expect(t.engine.api.deleteBase({ path: 'relative.qcow2' })).rejects.toThrow(/full path/);
    expect(fs.existsSync(disk)).toBe(true);
  });
});
