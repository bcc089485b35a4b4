// The chooser's folder listing on real temporary folders: the order a person expects, the type
// filters (by name and by content), hidden files on request, and what this user may not read (played
// through FolderIo, since the tests may run as root, who may read everything).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api.js';
import { listFolder, MAX_SNIFFED, realFolderIo, type FolderIo } from './list-folder.js';

let dir: string;
const names = (l: { entries: { name: string }[] }) => l.entries.map((e) => e.name);

/** An ISO 9660 image's first 36 KiB: "CD001" in the primary volume descriptor at sector 16. */
function isoHead(): Buffer {
  const b = Buffer.alloc(36 * 1024);
  b[32768] = 1;
  b.write('CD001', 32769, 'latin1');
  b[34816] = 255; // the set terminator
  b.write('CD001', 34817, 'latin1');
  return b;
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'virtdesk-list-'));
  const put = (name: string, data: string | Buffer = 'x') => fs.writeFileSync(path.join(dir, name), data);
  fs.mkdirSync(path.join(dir, 'zeta'));
  fs.mkdirSync(path.join(dir, 'Alpha'));
  fs.mkdirSync(path.join(dir, '.hidden-folder'));
  put('disk10.qcow2');
  put('disk2.qcow2');
  put('debian.iso');
  put('.secret.iso');
  put('notes.txt', 'hello');
  put('no-name-says-iso', isoHead()); // only its content says ISO
  put('vmlinuz-6.1.0-18-amd64');
  put('linux'); // Debian's netboot kernel: the name is enough
  put('initrd.gz');
  put('empty-file', '');
  fs.symlinkSync(path.join(dir, 'debian.iso'), path.join(dir, 'link-to.iso'));
  fs.symlinkSync(path.join(dir, 'nowhere'), path.join(dir, 'dangling.iso'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('listFolder', () => {
  it('lists folders first, then files, each in the order a person sorts names', async () => {
    const l = await listFolder(dir, { kind: 'any', showHidden: false });
    expect(l.path).toBe(dir);
    expect(l.parent).toBe(path.dirname(dir));
    expect(names(l).slice(0, 2)).toEqual(['Alpha', 'zeta']);
    const files = names(l).slice(2);
    expect(files.indexOf('disk2.qcow2')).toBeLessThan(files.indexOf('disk10.qcow2'));
    expect(l.entries.find((e) => e.name === 'notes.txt')).toMatchObject({ kind: 'file', size: 5, link: false });
    expect(l.entries.find((e) => e.name === 'Alpha')).toMatchObject({ kind: 'folder', size: null });
    expect(l.entries.find((e) => e.name === 'link-to.iso')).toMatchObject({ kind: 'file', link: true });
  });

  it('leaves hidden entries out unless asked, and counts them', async () => {
    const plain = await listFolder(dir, { kind: 'any', showHidden: false });
    expect(names(plain)).not.toContain('.secret.iso');
    expect(names(plain)).not.toContain('.hidden-folder');
    expect(plain.left.hidden).toBe(2);
    const all = await listFolder(dir, { kind: 'any', showHidden: true });
    expect(names(all)).toEqual(expect.arrayContaining(['.secret.iso', '.hidden-folder']));
    expect(all.left.hidden).toBe(0);
  });

  it('filters files by kind, by name and by content, and keeps every folder', async () => {
    const iso = await listFolder(dir, { kind: 'iso', showHidden: false });
    expect(names(iso)).toEqual(['Alpha', 'zeta', 'debian.iso', 'link-to.iso', 'no-name-says-iso']);
    expect(iso.left.otherKinds).toBeGreaterThan(0);
    expect(names(await listFolder(dir, { kind: 'disk', showHidden: false }))).toEqual(['Alpha', 'zeta', 'disk2.qcow2', 'disk10.qcow2']);
    expect(names(await listFolder(dir, { kind: 'kernel', showHidden: false }))).toEqual([
      'Alpha',
      'zeta',
      'linux',
      'vmlinuz-6.1.0-18-amd64',
    ]);
    expect(names(await listFolder(dir, { kind: 'initrd', showHidden: false }))).toEqual(['Alpha', 'zeta', 'initrd.gz']);
    expect(names(await listFolder(dir, { kind: 'folder', showHidden: false }))).toEqual(['Alpha', 'zeta']);
  });

  it('counts a dangling link as unreadable instead of failing the listing', async () => {
    const l = await listFolder(dir, { kind: 'any', showHidden: false });
    expect(names(l)).not.toContain('dangling.iso');
    expect(l.left.unreadable).toBe(1);
  });

  it('normalises the path, and lists the folder of a path that names a file with that file selected', async () => {
    const l = await listFolder(`${dir}/zeta/..//./`, { kind: 'any', showHidden: false });
    expect(l.path).toBe(dir);
    const f = await listFolder(path.join(dir, 'debian.iso'), { kind: 'iso', showHidden: false });
    expect(f.path).toBe(dir);
    expect(f.selected).toBe('debian.iso');
    expect((await listFolder('/', { kind: 'any', showHidden: false })).parent).toBeNull();
  });

  it('says which path does not exist and what to do', async () => {
    const missing = path.join(dir, 'no', 'such');
    const err = await listFolder(missing, { kind: 'any', showHidden: false }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ code: 'not-found', field: 'path' });
    expect((err as ApiError).message).toBe(`${missing} does not exist: check the path, or go up to a folder that exists.`);
  });

  it('says a folder this user may not read cannot be read, and leaves out entries it may not read', async () => {
    const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    const locked: FolderIo = { ...realFolderIo, readdir: () => Promise.reject(denied) };
    const err = await listFolder(dir, { kind: 'any', showHidden: false }, locked).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'io', field: 'path' });
    expect((err as ApiError).message).toMatch(
      new RegExp(
        `^${dir} cannot be read by the VirtDesk engine's user \\(.+\\): permission denied\\. Choose another folder, or give .+ read access to it\\.$`,
      ),
    );

    const someLocked: FolderIo = {
      ...realFolderIo,
      access: (p, mode) => (['zeta', 'notes.txt'].includes(path.basename(p)) ? Promise.reject(denied) : realFolderIo.access(p, mode)),
    };
    const l = await listFolder(dir, { kind: 'any', showHidden: false }, someLocked);
    expect(names(l)).not.toContain('zeta');
    expect(names(l)).not.toContain('notes.txt');
    expect(l.left.unreadable).toBe(3); // those two and the dangling link
  });

  it('reads the content of at most a bounded number of files whose name says nothing', async () => {
    const many = fs.mkdtempSync(path.join(os.tmpdir(), 'virtdesk-many-'));
    try {
      for (let i = 0; i < MAX_SNIFFED + 10; i++) fs.writeFileSync(path.join(many, `f${i}`), isoHead());
      let reads = 0;
      const counting: FolderIo = { ...realFolderIo, head: (p, n) => (reads++, realFolderIo.head(p, n)) };
      const l = await listFolder(many, { kind: 'iso', showHidden: false }, counting);
      expect(reads).toBe(MAX_SNIFFED);
      expect(l.entries).toHaveLength(MAX_SNIFFED);
      // The ten not looked at are not called "other kinds": the listing says it shows less than is there.
      expect(l.left.otherKinds).toBe(0);
      expect(l.truncated).toBe(true);
    } finally {
      fs.rmSync(many, { recursive: true, force: true });
    }
  });
});
