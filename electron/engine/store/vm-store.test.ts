import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createI18n, tr } from '../../../shared/i18n/index.js';
import { VmStore } from './vm-store.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function storeWith(id: string, json: unknown) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vd-store-'));
  dirs.push(dataDir);
  fs.mkdirSync(path.join(dataDir, 'vms', id), { recursive: true });
  const file = path.join(dataDir, 'vms', id, 'vm.json');
  fs.writeFileSync(file, typeof json === 'string' ? json : JSON.stringify(json));
  return { store: new VmStore({ dataDir, runtimeDir: '/tmp/unused', cacheDir: '/tmp/unused' }), file };
}

const id = '0b5e6a52-4f7c-4b8e-9c1d-2a3b4c5d6e7f';
const v1 = {
  schemaVersion: 1,
  id,
  name: 'old',
  createdAt: '2026-01-01T00:00:00.000Z',
  machine: 'pc',
  accel: 'kvm',
  memoryMiB: 512,
  cpus: 1,
  disks: [{ file: 'disk0.qcow2', format: 'qcow2', bus: 'virtio' }],
  cdrom: null,
  boot: 'disk',
  nics: [],
  balloon: true,
  extraArgs: [],
};

describe('VmStore', () => {
  it('upgrades a schema 1 vm.json on read, writes it back, and keeps the old file as a backup', async () => {
    const { store, file } = storeWith(id, v1);
    const before = fs.readFileSync(file, 'utf8');
    const vm = await store.read(id);
    expect(vm.config).toMatchObject({
      schemaVersion: 5,
      cpuModel: null,
      name: 'old',
      accel: 'kvm',
      cdroms: [],
      boot: { order: ['disk', 'cdrom'] },
    });
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).schemaVersion).toBe(5);
    expect(fs.readFileSync(`${file}.schema1.bak`, 'utf8')).toBe(before);
  });

  it('reports a vm.json with a wrong field as broken, naming the field, and leaves it untouched', async () => {
    const { store, file } = storeWith(id, { ...v1, schemaVersion: 2, cpuModel: null, memoryMiB: 'lots' }); // migrates to 5, then fails
    const before = fs.readFileSync(file, 'utf8');
    const vm = await store.read(id);
    expect(vm.config).toBeNull();
    expect(vm.config === null && vm.error.text).toMatch(/memoryMiB/);
    expect(fs.readFileSync(file, 'utf8')).toBe(before);
  });

  it('sees a vm.json edited by hand at the next read (the parse cache follows the file)', async () => {
    const { store, file } = storeWith(id, v1);
    await store.read(id); // migrates the schema 1 file and writes it back
    const first = await store.read(id);
    expect((await store.read(id)).config).toBe(first.config); // unchanged file: no second parse
    const edited = JSON.parse(fs.readFileSync(file, 'utf8'));
    fs.writeFileSync(file, JSON.stringify({ ...edited, name: 'edited by hand' }));
    expect((await store.read(id)).config?.name).toBe('edited by hand');
    fs.writeFileSync(file, '{ broken');
    expect((await store.list())[0]).toMatchObject({ config: null, error: { text: expect.stringMatching(/not valid JSON/) } });
    const broken = (await store.list())[0]!;
    expect(broken.config === null && tr(createI18n('fr'), broken.error)).toMatch(/: ce n’est pas du JSON valide .*Corrigez le fichier/);
  });

  it('ignores folders that are not VM ids (creations in progress, stray files)', async () => {
    const { store } = storeWith(id, v1);
    fs.mkdirSync(path.join(path.dirname(path.dirname(store.configPath(id))), `.new-${id}`));
    expect((await store.list()).map((v) => v.id)).toEqual([id]);
  });
});

describe('VmStore.create', () => {
  it('makes the VM folder 0700 and vm.json 0600, whatever the umask, and leaves no .new- folder', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vd-store-'));
    dirs.push(dataDir);
    const store = new VmStore({ dataDir, runtimeDir: '/tmp/unused', cacheDir: '/tmp/unused' });
    const old = process.umask(0o022);
    try {
      await store.create({ ...v1, id } as never, async (dir) => fs.promises.writeFile(path.join(dir, 'disk0.qcow2'), ''));
    } finally {
      process.umask(old);
    }
    const mode = (p: string) => fs.statSync(p).mode & 0o777;
    expect(mode(path.join(dataDir, 'vms'))).toBe(0o700);
    expect(mode(path.join(dataDir, 'vms', id))).toBe(0o700);
    expect(mode(store.configPath(id))).toBe(0o600);
    expect(fs.readdirSync(path.join(dataDir, 'vms'))).toEqual([id]);
  });
});
