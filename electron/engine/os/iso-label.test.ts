// Builds real ISOs with xorriso (installed with the test guest's tools) and reads their labels back.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseIsoLabels, readIsoLabels } from './iso-label.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vd-iso-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function makeIso(label: string, extra: string[] = []): string {
  const src = path.join(dir, `src-${label}`);
  fs.mkdirSync(src, { recursive: true });
  fs.writeFileSync(path.join(src, 'README.TXT'), 'hello');
  const out = path.join(dir, `${label}.iso`);
  execFileSync('xorriso', ['-as', 'mkisofs', '-quiet', '-V', label, ...extra, '-o', out, src], { stdio: 'ignore' });
  return out;
}

describe('ISO 9660 volume label', () => {
  it('reads the volume label an installer ISO carries', async () => {
    const labels = await readIsoLabels(makeIso('Debian 12.5.0 amd64 n', ['-sysid', 'LINUX', '-A', 'Debian GNU/Linux']));
    expect(labels).toEqual({ volumeId: 'Debian 12.5.0 amd64 n', systemId: 'LINUX', publisherId: '', applicationId: 'DEBIAN GNU/LINUX' }); // ISO a-characters: upper case
  });

  it('reads the label of the test guest ISO that GRUB made', async () => {
    const guest = path.resolve('.cache/test-guest/guest.iso');
    if (!fs.existsSync(guest)) return console.log('SKIPPED: no test guest built (bash scripts/build-test-guest.sh)');
    expect((await readIsoLabels(guest))?.volumeId).toMatch(/\S/);
  });

  it('says null for a file that is not an ISO, or is too short', async () => {
    const junk = path.join(dir, 'junk.iso');
    fs.writeFileSync(junk, Buffer.alloc(40_000, 7));
    expect(await readIsoLabels(junk)).toBeNull();
    expect(parseIsoLabels(Buffer.alloc(100))).toBeNull();
  });
});
