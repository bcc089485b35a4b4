// Backing chains held to the file policy: parsed chains (as qemu-img info --backing-chain gives
// them), the layer-by-layer walk that checks a backing name before anything opens it, and real qcow2
// images made by qemu-img whose backing file is /etc/passwd, a json: spec, or another VM's disk.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api.js';
import type { ImageInfo } from '../img/qemu-img.js';
import { backingNameProblem, checkBackingChain, MAX_CHAIN_DEPTH, walkBackingChain } from './backing-chain.js';
import type { PolicyContext } from './file-policy.js';
import { checkDiskImage, checkImportImage } from './images.js';
import { makeDataDir, VM_A, VM_B, type DataDir } from './test-support/data-dir.js';

let d: DataDir;
beforeAll(async () => {
  d = await makeDataDir();
});
afterAll(() => d.close());

const ctx = (vmId: string | null = VM_A): PolicyContext => ({
  paths: d.paths,
  vmId,
  field: 'source.path',
  others: d.configs.filter((c) => c.id !== vmId),
});
const info = (filename: string, format: string, backing?: string): ImageInfo => ({
  filename,
  format,
  'virtual-size': 2 ** 20,
  ...(backing !== undefined ? { 'backing-filename': backing } : {}),
});
async function refusal(p: Promise<unknown>): Promise<ApiError> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(ApiError);
    return err as ApiError;
  }
  throw new Error('accepted');
}

describe('backing names', () => {
  it('refuses what QEMU would read as a protocol, as QEMU decides it (a ":" before the first "/")', () => {
    for (const name of [
      'json:{"driver":"nbd","server":{"type":"inet","host":"10.0.0.1","port":"10809"}}',
      'nbd://10.0.0.1/x',
      'http://example.com/x.img',
      'file:/etc/passwd',
      'ssh://h/x',
      'a:b/c',
    ]) {
      expect(backingNameProblem(name)?.text).toMatch(/is not a file path but a ".*:" location/);
    }
    expect(backingNameProblem('')?.text).toBe('is empty');
    for (const name of ['/abs/a:b.qcow2', 'rel/a:b.qcow2', 'base.qcow2', '../bases/x.qcow2']) expect(backingNameProblem(name)).toBeNull();
  });
});

describe('a parsed chain', () => {
  const top = () => path.join(d.vmDir(VM_A), 'disk0.qcow2');

  it('accepts layers in the own folder and in the bases, resolving names against the layer above', async () => {
    const base = path.join(d.paths.dataDir, 'bases', '11111111-abcdef-disk0.qcow2');
    const chain = [info(top(), 'qcow2', 'data.img'), info('data.img', 'raw')];
    expect(await checkBackingChain(chain, top(), ctx())).toEqual([top(), path.join(d.vmDir(VM_A), 'data.img')]);
    expect(await checkBackingChain([info(top(), 'qcow2', base), info(base, 'qcow2')], top(), ctx())).toEqual([top(), base]);
  });

  it("refuses a layer in another VM's folder, by absolute or relative name", async () => {
    for (const name of [path.join(d.vmDir(VM_B), 'data.img'), `../${VM_B}/data.img`]) {
      const err = await refusal(checkBackingChain([info(top(), 'qcow2', name), info(name, 'raw')], top(), ctx()));
      expect(err.code).toBe('conflict');
      expect(err.message).toMatch(new RegExp(`^The backing file .*data\\.img of ${top()} is in the folder of another VM \\("bravo"`));
      expect(err.details).toMatchObject({ field: 'source.path' });
    }
  });

  it('refuses a json: or nbd: layer, and /etc/passwd as a raw layer', async () => {
    const json = 'json:{"driver":"raw","file":{"driver":"file","filename":"/etc/shadow"}}';
    const err = await refusal(checkBackingChain([info(top(), 'qcow2', json), info(json, 'raw')], top(), ctx()));
    expect(err.message).toContain(`The backing file "${json}" named in ${top()} is not a file path but a "json:" location`);
    expect(err.message).toMatch(/convert the image to one without a backing file \(qemu-img convert -O qcow2\) and pick that\.$/);
    if (fs.statSync('/etc/passwd').size % 512 !== 0) {
      const passwd = await refusal(checkBackingChain([info(top(), 'qcow2', '/etc/passwd'), info('/etc/passwd', 'raw')], top(), ctx()));
      expect(passwd.message).toContain(`The backing file /etc/passwd of ${top()} would be opened as a raw disk`);
    }
  });

  it('refuses a chain deeper than any real image needs', async () => {
    const chain = Array.from({ length: MAX_CHAIN_DEPTH + 2 }, () => info(top(), 'qcow2', top()));
    expect((await refusal(checkBackingChain(chain, top(), ctx()))).message).toContain(`more than ${MAX_CHAIN_DEPTH} images deep`);
  });
});

describe('walking a chain layer by layer', () => {
  it('checks each backing name before asking qemu-img about it', async () => {
    const asked: string[] = [];
    const top = path.join(d.outside, 'image.qcow2');
    const infos: Record<string, ImageInfo> = {
      [top]: info(top, 'qcow2', 'link-to-b.qcow2'),
    };
    const infoOf = async (f: string) => (asked.push(f), infos[f]!);
    const err = await refusal(walkBackingChain(top, ctx(null), infoOf));
    expect(err.code).toBe('conflict');
    expect(asked).toEqual([top]); // VM B's disk was never opened
  });

  it('follows a good chain to its end, and refuses a loop', async () => {
    const a = path.join(d.outside, 'image.qcow2');
    const b = path.join(d.outside, 'raw.img');
    const good = await walkBackingChain(a, ctx(null), async (f) => (f === a ? info(a, 'qcow2', 'raw.img') : info(b, 'raw')));
    expect(good.map((l) => l.format)).toEqual(['qcow2', 'raw']);
    const loop = await refusal(
      walkBackingChain(a, ctx(null), async (f) => (f === a ? info(a, 'qcow2', 'link-to-raw.img') : info(f, 'qcow2', 'image.qcow2'))),
    );
    expect(loop.message).toContain(`The backing chain of ${a} loops back to ${a}`);
  });
});

const qemuImg = (() => {
  try {
    execFileSync('qemu-img', ['--version'], { stdio: 'ignore' });
    return 'qemu-img';
  } catch {
    return null;
  }
})();

describe.skipIf(!qemuImg)('real images made by qemu-img', () => {
  const img = qemuImg!;

  it('imports a qcow2 on a raw base outside every VM', async () => {
    const base = path.join(d.outside, 'base.raw');
    execFileSync(img, ['create', '-q', '-f', 'raw', base, '1M']);
    const overlay = path.join(d.outside, 'good-overlay.qcow2');
    execFileSync(img, ['create', '-q', '-f', 'qcow2', '-b', base, '-F', 'raw', overlay]);
    expect(await checkImportImage(img, overlay, 'overlay', ctx(null))).toBe('qcow2');
    expect(await checkImportImage(img, overlay, 'use', ctx(null))).toBe('qcow2');
  });

  it('refuses an imported qcow2 whose backing file is /etc/passwd (QEMU would have opened it)', async () => {
    if (fs.statSync('/etc/passwd').size % 512 === 0) return console.log('SKIPPED: /etc/passwd is whole sectors here');
    const evil = path.join(d.outside, 'passwd-backed.qcow2');
    execFileSync(img, ['create', '-q', '-f', 'qcow2', '-u', '-b', '/etc/passwd', '-F', 'raw', evil, '1M']);
    const err = await refusal(checkImportImage(img, evil, 'convert', ctx(null)));
    expect(err.message).toContain(`The backing file /etc/passwd of ${evil} would be opened as a raw disk`);
  });

  it('refuses a json: backing without qemu-img ever opening it', async () => {
    const evil = path.join(d.outside, 'json-backed.qcow2');
    const json = 'json:{"driver":"raw","file":{"driver":"file","filename":"/etc/shadow"}}';
    execFileSync(img, ['create', '-q', '-f', 'qcow2', '-u', '-b', json, '-F', 'raw', evil, '1M']);
    const err = await refusal(checkImportImage(img, evil, 'overlay', ctx(null)));
    expect(err.message).toContain('is not a file path but a "json:" location');
  });

  it("refuses an overlay on another VM's disk, and a disk whose format is not what it claims", async () => {
    const evil = path.join(d.outside, 'b-backed.qcow2');
    execFileSync(img, ['create', '-q', '-f', 'qcow2', '-u', '-b', path.join(d.vmDir(VM_B), 'data.img'), '-F', 'raw', evil, '1M']);
    expect((await refusal(checkImportImage(img, evil, 'convert', ctx(null)))).code).toBe('conflict');
    const disk = {
      file: path.join(d.outside, 'good-overlay.qcow2'),
      format: 'raw' as const,
      bus: 'virtio' as const,
      cache: 'default' as const,
      readOnly: true,
    };
    const err = await refusal(checkDiskImage(img, disk, ctx()));
    expect(err.message).toBe(`The disk image ${disk.file} is a qcow2 image, not raw: choose qcow2 as its format.`);
    await expect(checkDiskImage(img, { ...disk, format: 'qcow2' }, ctx())).resolves.toMatchObject({ kind: 'qcow2' });
    const raw = { ...disk, file: path.join(d.outside, 'base.raw'), format: 'qcow2' as const };
    expect((await refusal(checkDiskImage(img, raw, ctx()))).message).toBe(
      `The disk image ${raw.file} is a raw image, not qcow2: choose raw as its format.`,
    );
  });
});
