// The file chooser's and the media library's methods through the real engine (serve() and its
// validation included) on real folders: a home with an XDG Downloads folder, the test guest's ISO
// copied into it, a VM that uses it, and the library's folders kept across a restart.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../server/create-engine.js';
import { GUEST_ISO, requireGuest, tempDirs } from './test-support/guest.js';
import { kernelVm } from './test-support/test-engine.js';

const dirs = tempDirs();
const home = fs.mkdtempSync(path.join(os.tmpdir(), 'virtdesk-home-'));
const downloads = path.join(home, 'Fetched');
const isos = path.join(home, 'isos');
const saved = { HOME: process.env.HOME, XDG_CONFIG_HOME: process.env.XDG_CONFIG_HOME };
let engine: Engine;

const start = () => createEngine({ paths: { ...dirs, cacheDir: path.join(dirs.dataDir, 'cache') }, rendererDir: null });

beforeAll(async () => {
  requireGuest();
  // The engine's user's home and desktop folders: XDG user dirs name a Downloads folder of another name.
  process.env.HOME = home;
  delete process.env.XDG_CONFIG_HOME;
  fs.mkdirSync(path.join(home, '.config'), { recursive: true });
  fs.writeFileSync(path.join(home, '.config', 'user-dirs.dirs'), 'XDG_DOWNLOAD_DIR="$HOME/Fetched"\n');
  fs.mkdirSync(downloads);
  fs.mkdirSync(isos);
  fs.copyFileSync(GUEST_ISO, path.join(downloads, 'guest.iso'));
  fs.copyFileSync(GUEST_ISO, path.join(isos, 'other.iso'));
  fs.writeFileSync(path.join(downloads, 'readme.txt'), 'not media');
  engine = await start();
});
afterAll(async () => {
  await engine?.close();
  Object.assign(process.env, saved);
  if (saved.XDG_CONFIG_HOME === undefined) delete process.env.XDG_CONFIG_HOME;
  dirs.cleanup();
  fs.rmSync(home, { recursive: true, force: true });
});

describe('file chooser methods', () => {
  it('lists a folder for a field of a kind, and names the field, cause and fix of a bad path', async () => {
    const listing = await engine.api.listFolder({ path: `${downloads}/../Fetched/`, kind: 'iso' });
    expect(listing.path).toBe(downloads);
    expect(listing.entries.map((e) => e.name)).toEqual(['guest.iso']);
    expect(listing.entries[0]).toMatchObject({ kind: 'file', size: fs.statSync(GUEST_ISO).size });
    expect(listing.left.otherKinds).toBe(1);

    await expect(engine.api.listFolder({ path: 'Fetched' })).rejects.toMatchObject({ code: 'invalid', field: 'path' });
    await expect(engine.api.listFolder({ path: '/tmp/\u001b[2J' })).rejects.toThrow(/control character/);
    // @ts-expect-error -- a kind the schema does not know, as an untrusted caller might send
    await expect(engine.api.listFolder({ path: home, kind: 'photos' })).rejects.toMatchObject({ field: 'kind' });
    await expect(engine.api.listFolder({ path: path.join(home, 'gone') })).rejects.toThrow(
      `${path.join(home, 'gone')} does not exist: check the path, or go up to a folder that exists.`,
    );
  });

  it('refuses a path with a NUL byte before it reaches the file system', async () => {
    await expect(engine.api.listFolder({ path: `${downloads}\u0000/etc` })).rejects.toMatchObject({ code: 'invalid', field: 'path' });
    await expect(engine.api.listFolder({ path: './Fetched' })).rejects.toThrow(/Give the full path, starting with "\/"/);
  });

  it('shows hidden entries only when asked, and leaves out what cannot be read', async () => {
    const folder = fs.mkdtempSync(path.join(home, 'chooser-'));
    fs.copyFileSync(GUEST_ISO, path.join(folder, '.hidden.iso'));
    fs.mkdirSync(path.join(folder, '.config'));
    fs.copyFileSync(GUEST_ISO, path.join(folder, 'seen.iso'));
    // A link whose target is gone: listed, it would only fail when the VM starts.
    fs.symlinkSync(path.join(folder, 'deleted.iso'), path.join(folder, 'dangling.iso'));

    const plain = await engine.api.listFolder({ path: folder, kind: 'iso' });
    expect(plain.entries.map((e) => e.name)).toEqual(['seen.iso']);
    expect(plain.left).toEqual({ hidden: 2, otherKinds: 0, unreadable: 1 });
    const all = await engine.api.listFolder({ path: folder, kind: 'iso', showHidden: true });
    expect(all.entries.map((e) => e.name)).toEqual(['.config', '.hidden.iso', 'seen.iso']);
    expect(all.left.hidden).toBe(0);
  });

  // Root reads every file whatever its mode; the same rules are unit-tested for root through FolderIo.
  it.skipIf(process.getuid?.() === 0)('leaves out files and folders the engine user may not read, and says so of a folder', async () => {
    const folder = fs.mkdtempSync(path.join(home, 'locked-'));
    fs.copyFileSync(GUEST_ISO, path.join(folder, 'private.iso'));
    fs.mkdirSync(path.join(folder, 'closed'));
    fs.chmodSync(path.join(folder, 'private.iso'), 0o000);
    fs.chmodSync(path.join(folder, 'closed'), 0o000);
    try {
      const listing = await engine.api.listFolder({ path: folder, kind: 'iso' });
      expect(listing.entries).toEqual([]);
      expect(listing.left.unreadable).toBe(2);
      await expect(engine.api.listFolder({ path: path.join(folder, 'closed') })).rejects.toThrow(
        /cannot be read by the VirtDesk engine's user .*permission denied/,
      );
    } finally {
      fs.chmodSync(path.join(folder, 'closed'), 0o700);
    }
  });

  it('offers home, the XDG Downloads folder and the file system as places', async () => {
    expect(await engine.api.fileBookmarks()).toEqual([
      { label: 'Home', path: home, kind: 'home' },
      { label: 'Downloads', path: downloads, kind: 'downloads' },
      { label: 'File system', path: '/', kind: 'root' },
    ]);
  });
});

describe('media library methods', () => {
  it('shows the ISO in Downloads by default, its OS once detected, and the VM that uses it', async () => {
    const first = await engine.api.mediaLibrary({});
    expect(first.isDefault).toBe(true);
    expect(first.folders).toEqual([{ path: downloads, problem: null }]);
    expect(first.items).toHaveLength(1);
    const iso = first.items[0]!;
    expect(iso).toMatchObject({ path: path.join(downloads, 'guest.iso'), kind: 'iso', format: 'iso9660', os: null, usedBy: [] });

    const os = await engine.api.libraryOs({ path: iso.path });
    expect(os).toMatchObject({ id: 'virtdesk-test', name: expect.stringMatching(/^VirtDesk test guest/), volumeId: 'VIRTDESK_TEST' });
    await expect(engine.api.libraryOs({ path: path.join(downloads, 'readme.txt') })).rejects.toThrow(
      /readme\.txt is not an ISO image \(it looks like a text file\): choose an \.iso file\./,
    );

    const vm = await engine.api.create(kernelVm('uses-library-iso'));
    await engine.api.update({ id: vm.id, patch: { cdroms: [{ file: iso.path, bus: 'sata' }] } });
    const again = await engine.api.mediaLibrary({});
    expect(again.items[0]).toMatchObject({ os: { id: 'virtdesk-test' }, usedBy: [{ id: vm.id, name: 'uses-library-iso' }] });
  });

  it('keeps the folders the user chose, refuses one that does not exist, and lists them as places', async () => {
    await expect(engine.api.setLibraryFolders({ folders: [isos, path.join(home, 'nope')] })).rejects.toMatchObject({
      code: 'not-found',
      field: 'folders.1',
    });
    const lib = await engine.api.setLibraryFolders({ folders: [isos, downloads, `${isos}/`] });
    expect(lib.isDefault).toBe(false);
    expect(lib.folders.map((f) => f.path)).toEqual([isos, downloads]);
    expect(lib.items.map((i) => i.name).sort()).toEqual(['guest.iso', 'other.iso']);
    expect((await engine.api.fileBookmarks()).map((b) => b.label)).toEqual(['Home', 'Downloads', 'isos', 'File system']);

    // A new ISO appears at the next rescan; the choice outlives a restart.
    fs.copyFileSync(GUEST_ISO, path.join(isos, 'new.iso'));
    expect((await engine.api.mediaLibrary({})).items).toHaveLength(2); // remembered for a while
    expect((await engine.api.mediaLibrary({ rescan: true })).items).toHaveLength(3);
    await engine.close();
    engine = await start();
    const after = await engine.api.mediaLibrary({});
    expect(after.folders.map((f) => f.path)).toEqual([isos, downloads]);
    // The OS was detected before the restart: remembered in the cache folder, not detected again.
    expect(after.items.find((i) => i.name === 'guest.iso')?.os?.id).toBe('virtdesk-test');

    expect((await engine.api.setLibraryFolders({ folders: [] })).isDefault).toBe(true);
  });
});
