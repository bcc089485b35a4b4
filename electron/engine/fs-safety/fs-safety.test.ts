import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { prepareEngineFiles, UnsafeFolderError } from './prepare-engine-files.js';
import { ensurePrivateDataDir, ensureRuntimeRoot } from './private-dir.js';
import { removeStaleTemps } from './stale-temps.js';

const dirs: string[] = [];
const tmp = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'vd-fs-safety-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true }));
  vi.restoreAllMocks();
});
const modeOf = (p: string) => fs.statSync(p).mode & 0o7777;
const asRoot = process.getuid?.() === 0;

describe('the runtime root', () => {
  it('is created 0700 when missing, whatever the umask', async () => {
    const root = path.join(tmp(), 'run', 'virtdesk');
    const old = process.umask(0o022);
    try {
      await ensureRuntimeRoot(root);
    } finally {
      process.umask(old);
    }
    expect(modeOf(root)).toBe(0o700);
  });

  it('refuses a folder others can write to, naming it, the mode and the fix', async () => {
    const root = path.join(tmp(), 'virtdesk-0');
    fs.mkdirSync(root);
    fs.chmodSync(root, 0o777);
    const err = await ensureRuntimeRoot(root).catch((e: Error) => e);
    expect(err).toBeInstanceOf(UnsafeFolderError);
    expect((err as Error).message).toMatch(new RegExp(`runtime folder ${root}: its mode is 0777: other users can write to it`));
    expect((err as Error).message).toMatch(/Remove it \(rm -r .*\).*set XDG_RUNTIME_DIR .* or VIRTDESK_RUNTIME_DIR/);
    expect(modeOf(root)).toBe(0o777); // refused, not "fixed": someone may already have been inside
  });

  it.runIf(asRoot)('refuses a folder another user owns, naming that user', async () => {
    const root = path.join(tmp(), 'virtdesk-0');
    fs.mkdirSync(root, { mode: 0o700 });
    fs.chownSync(root, 65534, 65534);
    await expect(ensureRuntimeRoot(root)).rejects.toThrow(/belongs to uid 65534( \(\w+\))?, not to you \(uid 0\)/);
  });

  it.runIf(asRoot)('refuses a folder under a folder another user owns (they could swap it)', async () => {
    const parent = path.join(tmp(), 'theirs');
    fs.mkdirSync(parent, { mode: 0o755 });
    fs.chownSync(parent, 65534, 65534);
    await expect(ensureRuntimeRoot(path.join(parent, 'virtdesk'))).rejects.toThrow(/the folder above it, .*theirs, belongs to uid 65534/);
  });

  it('refuses a symbolic link and a file', async () => {
    const base = tmp();
    fs.mkdirSync(path.join(base, 'real'), { mode: 0o700 });
    fs.symlinkSync(path.join(base, 'real'), path.join(base, 'link'));
    await expect(ensureRuntimeRoot(path.join(base, 'link'))).rejects.toThrow(/is a symbolic link \(to .*real\)/);
    fs.writeFileSync(path.join(base, 'file'), '');
    await expect(ensureRuntimeRoot(path.join(base, 'file'))).rejects.toThrow(/it is not a folder/);
  });

  it('refuses a folder below one that anyone can write to without the sticky bit; /tmp-like sticky is fine', async () => {
    const open = path.join(tmp(), 'open');
    fs.mkdirSync(open);
    fs.chmodSync(open, 0o777);
    await expect(ensureRuntimeRoot(path.join(open, 'virtdesk'))).rejects.toThrow(/the folder above it, .*open, has mode 0777/);
    fs.chmodSync(open, 0o1777);
    await ensureRuntimeRoot(path.join(open, 'virtdesk'));
    expect(modeOf(path.join(open, 'virtdesk'))).toBe(0o700);
  });

  it('tightens a folder of ours that others could only read to 0700', async () => {
    const root = path.join(tmp(), 'virtdesk');
    fs.mkdirSync(root);
    fs.chmodSync(root, 0o755);
    await ensureRuntimeRoot(root);
    expect(modeOf(root)).toBe(0o700);
  });
});

describe('the data folder', () => {
  it('is created 0700; an existing one of ours is tightened, its contents keep their modes', async () => {
    const created = path.join(tmp(), 'new-data');
    await ensurePrivateDataDir(created);
    expect(modeOf(created)).toBe(0o700);

    const existing = tmp();
    fs.chmodSync(existing, 0o755);
    fs.writeFileSync(path.join(existing, 'user-file'), '', { mode: 0o644 });
    fs.chmodSync(path.join(existing, 'user-file'), 0o644);
    await ensurePrivateDataDir(existing);
    expect(modeOf(existing)).toBe(0o700);
    expect(modeOf(path.join(existing, 'user-file'))).toBe(0o644);
  });
});

describe('stale temp files', () => {
  const id = '0b5e6a52-4f7c-4b8e-9c1d-2a3b4c5d6e7f';
  const other = '1c6f7b63-5a8d-4c9f-8d2e-3b4c5d6e7f80';

  function layout(files: Record<string, string>) {
    const dataDir = tmp();
    const cacheDir = tmp();
    for (const [rel, text] of Object.entries(files)) {
      const p = rel.startsWith('cache/') ? path.join(cacheDir, rel.slice(6)) : path.join(dataDir, rel);
      fs.mkdirSync(path.dirname(p), { recursive: true });
      fs.writeFileSync(p, text);
    }
    const tree = () =>
      [
        ...fs.readdirSync(dataDir, { recursive: true, encoding: 'utf8' }),
        ...fs.readdirSync(cacheDir, { encoding: 'utf8' }).map((f) => `cache/${f}`),
      ]
        .filter((f) => !fs.statSync(f.startsWith('cache/') ? path.join(cacheDir, f.slice(6)) : path.join(dataDir, f)).isDirectory())
        .sort();
    return { paths: { dataDir, cacheDir, runtimeDir: path.join(tmp(), 'run') }, tree };
  }

  it('removes only the names VirtDesk makes, only in its own folders', async () => {
    const vmJson = JSON.stringify({ id, disks: [{ file: 'mine.partial' }] });
    const { paths, tree } = layout({
      // Left by a kill -9: all of these go.
      '.settings.json.0123456789ab.tmp': '{',
      [`vms/${id}/.vm.json.a1b2c3d4e5f6.tmp`]: '{',
      [`vms/${id}/disk1.qcow2.partial`]: 'half a disk',
      [`vms/${id}/saved-state.vmstate.partial`]: 'half a state',
      [`vms/.new-${other}/vm.json`]: '{}',
      [`vms/.new-${other}/disk0.qcow2`]: 'disk',
      'bases/.x.qcow2.00aa11bb22cc.tmp': '',
      'bases/base.qcow2.partial': '',
      'cache/.qemu-caps-0123.json.ffeeddccbbaa.tmp': '',
      // Everything else stays.
      'settings.json': '{}',
      'notes.tmp': "the user's",
      '.mine.tmp': 'not 12 hex digits',
      [`vms/${id}/vm.json`]: vmJson,
      [`vms/${id}/disk0.qcow2`]: 'disk',
      [`vms/${id}/mine.partial`]: 'a disk the user named so, in vm.json',
      [`vms/${other}/vm.json`]: '{ broken',
      [`vms/${other}/x.partial`]: 'kept: the broken vm.json might name it',
      'vms/deleted-old-0b5e6a52/.vm.json.a1b2c3d4e5f6.tmp': 'not a VM folder: not ours to clean',
      'vms/.new-not-an-id/file': 'not a name VirtDesk makes',
      'elsewhere.partial': 'the data folder itself holds no conversions',
    });
    const removed = await removeStaleTemps(paths);
    expect(removed).toHaveLength(8);
    expect(tree()).toEqual(
      [
        '.mine.tmp',
        'elsewhere.partial',
        'notes.tmp',
        'settings.json',
        `vms/${id}/disk0.qcow2`,
        `vms/${id}/mine.partial`,
        `vms/${id}/vm.json`,
        `vms/${other}/vm.json`,
        `vms/${other}/x.partial`,
        'vms/.new-not-an-id/file',
        'vms/deleted-old-0b5e6a52/.vm.json.a1b2c3d4e5f6.tmp',
      ].sort(),
    );
  });

  it('a fresh data folder (nothing there yet) is no error', async () => {
    const base = tmp();
    expect(
      await removeStaleTemps({ dataDir: path.join(base, 'd'), cacheDir: path.join(base, 'c'), runtimeDir: path.join(base, 'r') }),
    ).toEqual([]);
  });
});

describe('prepareEngineFiles', () => {
  it('sets umask 077, makes both folders private and cleans up; an unsafe runtime root stops it', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const base = tmp();
    const paths = { dataDir: path.join(base, 'data'), runtimeDir: path.join(base, 'run'), cacheDir: path.join(base, 'cache') };
    fs.mkdirSync(paths.dataDir);
    fs.writeFileSync(path.join(paths.dataDir, '.vm.json.0123456789ab.tmp'), '');
    const old = process.umask(0o022);
    try {
      expect(await prepareEngineFiles(paths)).toEqual({ removed: [path.join(paths.dataDir, '.vm.json.0123456789ab.tmp')] });
      expect(process.umask()).toBe(0o077);
      expect([modeOf(paths.dataDir), modeOf(paths.runtimeDir)]).toEqual([0o700, 0o700]);
      fs.writeFileSync(path.join(paths.runtimeDir, 'qemu.log'), 'made after start-up');
      expect(modeOf(path.join(paths.runtimeDir, 'qemu.log'))).toBe(0o600);

      fs.chmodSync(paths.runtimeDir, 0o777);
      await expect(prepareEngineFiles(paths)).rejects.toThrow(UnsafeFolderError);
    } finally {
      process.umask(old);
    }
  });
});
