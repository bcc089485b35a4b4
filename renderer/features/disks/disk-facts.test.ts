import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DiskEntry } from '../../../shared/api.js';
import type { Message, MessageKey } from '../../../shared/i18n/index.js';
import { setLanguageChoice } from '../../i18n/i18n.js';
import { actionRefusal, describeChain, diskOwner, fileName, imageOfDisk, verdictLabel, verdictSummary } from './disk-facts.js';
import { gibText, parseGiB, resizeKind } from './resize-size.js';

const GiB = 1024 ** 3;
/** An engine sentence as the wire brings it; a key this window lacks shows its English text. */
const said = (text: string): Message => ({ key: 'files:unknown.inTests' as MessageKey, text });
const layer = (path: string) => ({ path, format: 'qcow2', virtualSize: GiB, actualSize: 1000 });
const entry = (over: Partial<DiskEntry> = {}): DiskEntry => ({
  path: '/vms/a/disk0.qcow2',
  vm: { id: 'a', name: 'web', index: 0 },
  usedBy: [],
  chain: [layer('/vms/a/disk0.qcow2')],
  snapshots: 0,
  busy: null,
  ...over,
});

describe('disk facts', () => {
  it('names the owner, or the VMs that share a base', () => {
    expect(fileName('/vms/a/disk0.qcow2')).toBe('disk0.qcow2');
    expect(diskOwner(entry())).toBe('web · disk 1');
    expect(diskOwner(entry({ vm: null, usedBy: ['A', 'B'] }))).toBe('Shared base — used by A, B');
    expect(diskOwner(entry({ vm: null }))).toBe('Shared base — no VM uses it now');
  });

  it("finds a VM disk's image by slot and file", () => {
    const list = [entry(), entry({ path: '/data/big.raw', vm: { id: 'a', name: 'web', index: 1 } })];
    expect(imageOfDisk(list, 0, 'disk0.qcow2')).toBe(list[0]);
    expect(imageOfDisk(list, 1, '/data/big.raw')).toBe(list[1]);
    // An unsaved edit moved another file into the slot: no facts until it is applied.
    expect(imageOfDisk(list, 1, 'disk0.qcow2')).toBeNull();
    expect(imageOfDisk(list, 2, 'new.qcow2')).toBeNull();
  });

  it('describes the backing chain below the image', () => {
    expect(describeChain(null)).toBe('Unreadable');
    expect(describeChain([layer('/a/disk0.qcow2')])).toBe('No backing file');
    expect(describeChain([layer('/a/top.qcow2'), layer('/b/base.qcow2'), layer('/c/os.raw')])).toBe('Backed by base.qcow2 → os.raw');
  });

  it("says why actions are refused: the engine's reason first", () => {
    expect(actionRefusal(entry())).toBeNull();
    expect(actionRefusal(entry({ busy: said('the VM is running.') }))).toBe('The VM is running.');
    expect(actionRefusal(entry({ chain: null, error: said('no such file') }))).toBe('no such file');
  });

  it('lets a shared base be deleted once no VM builds on it, and says who still does', () => {
    const base = { vm: null, busy: said('A read-only base…') };
    expect(actionRefusal(entry({ ...base, usedBy: [] }))).toBeNull();
    expect(actionRefusal(entry({ ...base, usedBy: ['clone'] }))).toMatch(/^clone builds on this base: it can be deleted once no VM does/);
    expect(actionRefusal(entry({ ...base, usedBy: ['a', 'b'] }))).toMatch(/^a, b build on this base/);
    expect(actionRefusal(entry({ chain: null, error: said('no such file') }))).toBe('no such file');
  });

  it('puts check verdicts in words', () => {
    const base = { corruptions: 0, leaks: 0, message: said('') };
    expect(verdictSummary({ ...base, verdict: 'clean' })).toMatch(/No errors/);
    expect(verdictSummary({ ...base, verdict: 'leaks', leaks: 1 })).toMatch(/^1 leaked cluster:/);
    expect(verdictSummary({ ...base, verdict: 'leaks', leaks: 3 })).toMatch(/^3 leaked clusters/);
    expect(verdictSummary({ ...base, verdict: 'corrupt', corruptions: 2 })).toMatch(/^2 errors/);
    expect(verdictLabel('leaks')).toBe('Leaked clusters');
  });
});

describe('disk facts in French', () => {
  beforeAll(() => setLanguageChoice('fr'));
  afterAll(() => setLanguageChoice('system'));

  it('says whose image it is and what it rests on, as a French course does', () => {
    expect(diskOwner(entry())).toBe('web · disque 1');
    expect(diskOwner(entry({ vm: null, usedBy: ['A', 'B'] }))).toBe('Base partagée — utilisée par A, B');
    expect(describeChain([layer('/a/disk0.qcow2')])).toBe('Pas d’image de base');
    expect(describeChain([layer('/a/top.qcow2'), layer('/b/base.qcow2')])).toBe('Repose sur base.qcow2');
  });

  it('agrees the verb with the clones that hold a base, and counts check findings', () => {
    const base = { vm: null, busy: null };
    expect(actionRefusal(entry({ ...base, usedBy: ['clone'] }))).toMatch(/^clone repose sur cette image de base\u00a0: .*clone lié/);
    expect(actionRefusal(entry({ ...base, usedBy: ['a', 'b'] }))).toMatch(/^a, b reposent sur/);
    const r = { corruptions: 0, leaks: 0, message: said('') };
    expect(verdictSummary({ ...r, verdict: 'leaks', leaks: 3 })).toMatch(/^3 clusters perdus\u00a0:/);
    expect(verdictSummary({ ...r, verdict: 'corrupt', corruptions: 1 })).toMatch(/^1 erreur dans les métadonnées/);
    expect(verdictLabel('clean')).toBe('Saine');
  });
});

describe('resize sizes', () => {
  it('shows sizes in GiB, as they would be typed', () => {
    expect(gibText(20 * GiB)).toBe('20');
    expect(gibText(1.5 * GiB)).toBe('1.5');
    expect(gibText(1000 * 1024 ** 2)).toBe('0.98');
    expect(gibText(2048 * GiB)).toBe('2048'); // never grouped: the field reads it back
  });

  it('parses GiB to whole MiB, with the engine schema', () => {
    expect(parseGiB('2')).toEqual({ ok: true, bytes: 2 * GiB });
    expect(parseGiB(' 1.5 ')).toEqual({ ok: true, bytes: 1.5 * GiB });
    expect(parseGiB('0.1')).toEqual({ ok: true, bytes: 102 * 1024 ** 2 });
    expect(parseGiB(gibText(1.5 * GiB))).toEqual({ ok: true, bytes: 1.5 * GiB });
    expect(parseGiB('')).toMatchObject({ ok: false, message: /Give the new size/ });
    expect(parseGiB('ten')).toMatchObject({ ok: false, message: /number of GiB, like 20 or 1\.5/ });
    expect(parseGiB('1.5.2')).toMatchObject({ ok: false, message: /number of GiB/ });
    expect(parseGiB('-1')).toMatchObject({ ok: false });
    expect(parseGiB('0')).toMatchObject({ ok: false, message: /at least 1 MiB/ });
    expect(parseGiB('100000')).toMatchObject({ ok: false, message: /at most 64 TiB/ });
  });

  it('refuses a decimal comma in English, saying so rather than reading 15', () => {
    expect(parseGiB('1,5')).toMatchObject({ ok: false, message: 'Write the decimals after a point: 1.5, not 1,5.' });
    expect(parseGiB('1,024')).toMatchObject({ ok: false, message: /number of GiB/ });
  });

  describe('in French', () => {
    beforeAll(() => setLanguageChoice('fr'));
    afterAll(() => setLanguageChoice('system'));

    it('shows and reads a decimal comma, and a point as well', () => {
      expect(gibText(1.5 * GiB)).toBe('1,5');
      expect(gibText(20 * GiB)).toBe('20');
      expect(parseGiB('1,5')).toEqual({ ok: true, bytes: 1.5 * GiB });
      expect(parseGiB(' 0,25 ')).toEqual({ ok: true, bytes: 0.25 * GiB });
      expect(parseGiB('1.5')).toEqual({ ok: true, bytes: 1.5 * GiB });
      expect(parseGiB('2 048')).toEqual({ ok: true, bytes: 2048 * GiB });
      expect(parseGiB(gibText(0.98 * GiB))).toMatchObject({ ok: true });
    });

    it('says in French what to type', () => {
      expect(parseGiB('')).toEqual({ ok: false, message: 'Indiquez la nouvelle taille en Gio.' });
      expect(parseGiB('dix')).toEqual({ ok: false, message: 'La taille est un nombre de Gio, comme 20 ou 1,5.' });
      expect(parseGiB('1,5,2')).toMatchObject({ ok: false, message: /nombre de Gio/ });
    });
  });

  it('tells growing from shrinking', () => {
    expect(resizeKind(GiB, 2 * GiB)).toBe('grow');
    expect(resizeKind(2 * GiB, GiB)).toBe('shrink');
    expect(resizeKind(GiB, GiB)).toBe('same');
  });
});
