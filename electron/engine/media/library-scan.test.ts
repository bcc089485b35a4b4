// The library's scan on real temporary folders: what counts as install media or a disk image (by
// content, not by name), the limits (depth, count, time), and links: to a file anywhere, never into a
// folder. Also the pure helpers: classifyMedia and the XDG user-dirs parser.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseUserDirs } from './bookmarks.js';
import { classifyMedia, extensionOf } from './file-filters.js';
import { scanLibrary, SCAN_LIMITS } from './library-scan.js';

function isoHead(): Buffer {
  const b = Buffer.alloc(36 * 1024);
  b[32768] = 1;
  b.write('CD001', 32769, 'latin1');
  b[34816] = 255;
  b.write('CD001', 34817, 'latin1');
  return b;
}
const qcow2Head = () => Buffer.concat([Buffer.from('QFI\xfb', 'latin1'), Buffer.from([0, 0, 0, 3]), Buffer.alloc(504)]);

let root: string;
let lib: string;
let outside: string;

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'virtdesk-scan-'));
  lib = path.join(root, 'lib');
  outside = path.join(root, 'outside');
  const put = (p: string, data: Buffer | string) => {
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, data);
  };
  put(path.join(lib, 'debian.iso'), isoHead());
  put(path.join(lib, 'fake.iso'), '<html>not found</html>');
  put(path.join(lib, 'server.qcow2'), qcow2Head());
  put(path.join(lib, 'blank.img'), Buffer.alloc(2 * 1024 * 1024));
  put(path.join(lib, 'initrd.img'), Buffer.alloc(2 * 1024 * 1024)); // an initrd's name: never a raw disk
  put(path.join(lib, 'notes.txt'), 'x');
  put(path.join(lib, '.cache', 'hidden.iso'), isoHead());
  put(path.join(lib, 'a', 'b', 'c', 'deep3.iso'), isoHead());
  put(path.join(lib, 'a', 'b', 'c', 'd', 'deep4.iso'), isoHead());
  put(path.join(outside, 'secret.iso'), isoHead());
  fs.symlinkSync(path.join(outside, 'secret.iso'), path.join(lib, 'out-link.iso'));
  fs.symlinkSync(outside, path.join(lib, 'out-folder'));
  fs.symlinkSync(path.join(lib, 'debian.iso'), path.join(lib, 'same.iso')); // inside: the same file, once
  fs.symlinkSync(lib, path.join(lib, 'a', 'loop'));
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('scanLibrary', () => {
  it('finds ISO and disk images by content, down to the depth limit, each file once', async () => {
    const r = await scanLibrary([lib]);
    const found = Object.fromEntries(r.found.map((f) => [path.relative(lib, f.path), `${f.kind}:${f.format}`]));
    expect(found).toEqual({
      'debian.iso': 'iso:iso9660',
      'server.qcow2': 'disk:qcow2',
      'blank.img': 'disk:raw',
      'out-link.iso': 'iso:iso9660',
      [path.join('a', 'b', 'c', 'deep3.iso')]: 'iso:iso9660',
    });
    expect(r.folders).toEqual([{ path: lib, problem: null }]);
    expect(r.limited).toBeNull();
  });

  it('follows a link to a file wherever it points, never a link to a folder', async () => {
    const r = await scanLibrary([lib]);
    const linked = r.found.filter((f) => f.realPath === path.join(outside, 'secret.iso'));
    expect(linked.map((f) => f.path)).toEqual([path.join(lib, 'out-link.iso')]); // not also as out-folder/secret.iso
    // Chosen too, the outside folder's file is still found once.
    const both = await scanLibrary([lib, outside]);
    expect(both.found.filter((f) => f.realPath === path.join(outside, 'secret.iso')).map((f) => f.path)).toHaveLength(1);
  });

  it('says which chosen folder could not be scanned and why', async () => {
    const r = await scanLibrary([lib, path.join(root, 'missing')]);
    expect(r.folders[1]).toMatchObject({
      path: path.join(root, 'missing'),
      problem: { text: `${path.join(root, 'missing')} does not exist: create it, or remove it from the library.` },
    });
    expect(r.found.length).toBe(5);
  });

  it('stops at the count and time limits and says what to do', async () => {
    const few = await scanLibrary([lib], { ...SCAN_LIMITS, maxItems: 2 });
    expect(few.found).toHaveLength(2);
    expect(few.limited?.text).toMatch(/first 2 images .*choose smaller folders/);
    const names = await scanLibrary([lib], { ...SCAN_LIMITS, maxEntries: 3 });
    expect(names.limited?.text).toMatch(/looked at 3 names and stopped/);
    let t = 0;
    const slow = await scanLibrary([lib], SCAN_LIMITS, () => (t += 1000));
    expect(slow.limited?.text).toMatch(/stopped after 5 s/);
  });
});

describe('classifyMedia', () => {
  it('goes by content, with a raw disk only for .img/.raw of whole sectors and at least 1 MiB', () => {
    expect(classifyMedia('x.img', isoHead(), 36 * 1024)).toEqual({ kind: 'iso', format: 'iso9660' }); // a hybrid image
    expect(classifyMedia('x.iso', Buffer.from('<html>'), 6)).toBeNull();
    expect(classifyMedia('x.raw', Buffer.alloc(512), 1024 * 1024)).toEqual({ kind: 'disk', format: 'raw' });
    expect(classifyMedia('x.raw', Buffer.alloc(512), 1024 * 1024 + 1)).toBeNull();
    expect(classifyMedia('floppy.img', Buffer.alloc(512), 1474560 / 2)).toBeNull();
    expect(classifyMedia('initrd.img-6.1', Buffer.alloc(512), 4 * 1024 * 1024)).toBeNull();
  });

  it('reads an extension, not a version number', () => {
    expect(extensionOf('Debian.ISO')).toBe('iso');
    expect(extensionOf('vmlinuz-6.1.0-18-amd64')).toBe('');
    expect(extensionOf('.bashrc')).toBe('');
  });
});

describe('parseUserDirs', () => {
  it('reads the folders xdg-user-dirs wrote, relative to home or absolute', () => {
    const text = [
      '# This file is written by xdg-user-dirs-update',
      'XDG_DESKTOP_DIR="$HOME/Desktop"',
      'XDG_DOWNLOAD_DIR="$HOME/Téléchargements"',
      'XDG_MUSIC_DIR="/srv/music"',
      'XDG_TEMPLATES_DIR="$HOME/"',
      'XDG_PUBLICSHARE_DIR="$HOME"',
    ].join('\n');
    expect(parseUserDirs(text, '/home/ann')).toEqual({
      DESKTOP: '/home/ann/Desktop',
      DOWNLOAD: '/home/ann/Téléchargements',
      MUSIC: '/srv/music',
    });
  });
});
