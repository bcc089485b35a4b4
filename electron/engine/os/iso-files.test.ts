// Files read out of real ISOs that xorriso makes (Rock Ridge names, as the media people download have).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDirectory, readIsoFile } from './iso-files.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vd-iso-files-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function makeIso(files: Record<string, string>, rockRidge = true): string {
  const src = fs.mkdtempSync(path.join(dir, 'src-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(src, name)), { recursive: true });
    fs.writeFileSync(path.join(src, name), text);
  }
  const out = `${src}.iso`;
  execFileSync('xorriso', ['-as', 'mkisofs', '-quiet', ...(rockRidge ? ['-r'] : []), '-V', 'ISOIMAGE', '-o', out, src], {
    stdio: 'ignore',
  });
  return out;
}

describe('small files inside an ISO', () => {
  it('reads a file by its Rock Ridge name, in a folder too (".disk/info" is "_DISK/INFO" in plain ISO 9660)', async () => {
    const iso = makeIso({ 'version.info': 'Debian version:  12 (bookworm)\n', '.disk/info': 'Debian GNU/Linux 12.5.0', 'big/a.txt': 'x' });
    expect((await readIsoFile(iso, '/version.info'))?.toString()).toBe('Debian version:  12 (bookworm)\n');
    expect((await readIsoFile(iso, '/.disk/info'))?.toString()).toBe('Debian GNU/Linux 12.5.0');
    expect(await readIsoFile(iso, '/missing.txt')).toBeNull();
    expect(await readIsoFile(iso, '/big')).toBeNull(); // a folder is no file
  });

  it('without Rock Ridge, by the plain name, case-insensitively', async () => {
    const iso = makeIso({ 'readme.txt': 'hello' }, false);
    expect((await readIsoFile(iso, '/README.TXT'))?.toString()).toBe('hello');
  });

  it('says null for a file that is not an ISO, and stops at a broken directory', async () => {
    const junk = path.join(dir, 'junk.iso');
    fs.writeFileSync(junk, Buffer.alloc(64 * 1024, 7));
    expect(await readIsoFile(junk, '/version.info')).toBeNull();
    expect(parseDirectory(Buffer.from([40, 0, 0]))).toEqual([]);
  });
});
