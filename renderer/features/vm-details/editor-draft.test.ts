import { afterEach, describe, expect, it } from 'vitest';
import type { Language } from '../../../shared/i18n/index.js';
import { i18n, useLanguage } from '../../i18n/i18n.js';
import { issueText } from '../../lib/errors.js';
import { testConfig as base } from '../../test-support/vm-config.js';
import {
  checkSection,
  configValues,
  dirtySections,
  draftFromConfig,
  newDiskSize,
  rebaseDraft,
  revertSection,
  sameValue,
  sectionPatch,
  typedNumber,
  type SectionCheck,
} from './editor-draft.js';
import { describeLiveChange, pendingOf, sectionLabel, sectionOfPath, SECTIONS } from './hardware-sections.js';

/** The window's language, as the language menu sets it (without remembering the choice). */
async function speak(lng: Language) {
  useLanguage.setState({ choice: lng, language: lng });
  await i18n.changeLanguage(lng);
}
afterEach(() => speak('en'));

/** A page's messages as the page shows them, in the window's language. */
const texts = (c: SectionCheck) => Object.fromEntries(Object.entries(c.errors).map(([p, i]) => [p, issueText(i)]));
const nb = '\u00a0';

describe('editor draft', () => {
  it('round-trips the stored config unchanged: nothing to apply', () => {
    const d = draftFromConfig(base);
    // the lab is not the hardware editor's (hardware-sections.ts)
    const { schemaVersion: _v, id: _i, createdAt: _c, lab: _l, ...editable } = base;
    expect(configValues(d)).toEqual(editable);
    expect(dirtySections(d, base)).toEqual([]);
  });

  it('edits shared folders on a page of their own, trimmed, and round-trips them', () => {
    const shared = { ...base, sharedFolders: [{ hostPath: '/srv/tp', tag: 'tp', readOnly: true }] };
    expect(dirtySections(draftFromConfig(shared), shared)).toEqual([]);
    const d = draftFromConfig(base);
    d.sharedFolders = [{ key: 'k', hostPath: ' /srv/tp ', tag: 'tp ', readOnly: false }];
    expect(sectionPatch('shares', d, base)).toEqual({ sharedFolders: [{ hostPath: '/srv/tp', tag: 'tp', readOnly: false }] });
    expect(dirtySections(d, base)).toEqual(['shares']);
  });

  it('sends only the changed fields of the page', () => {
    const d = { ...draftFromConfig(base), cpus: '4', memoryMiB: '4096' };
    expect(sectionPatch('cpus', d, base)).toEqual({ cpus: 4 });
    expect(sectionPatch('memory', d, base)).toEqual({ memoryMiB: 4096 });
    expect(sectionPatch('overview', d, base)).toEqual({});
    expect(dirtySections(d, base)).toEqual(['cpus', 'memory']);
  });

  it('builds boot order, kernel boot, CD-ROMs, NICs and extra args', () => {
    const d = draftFromConfig(base);
    d.boot = [
      { device: 'disk', on: true },
      { device: 'network', on: true },
      { device: 'cdrom', on: false },
    ];
    d.bootMenu = true;
    d.kernelOn = true;
    d.kernel = ' /b/vmlinuz ';
    d.initrd = '';
    d.cdroms = [{ key: 'a', file: '  ', bus: 'ide' }];
    d.nics = [{ key: 'n', model: 'e1000', mac: '52:54:00:AA:BB:CC', mode: 'bridge', forwards: [], bridge: ' br0 ', network: '' }];
    d.extraArgs = '-device\n\n  virtio-rng-pci  \n';
    expect(sectionPatch('boot', d, base)).toEqual({
      boot: { order: ['disk', 'network'], menu: true },
      kernel: { kernel: '/b/vmlinuz', initrd: null, append: 'console=ttyS0' },
    });
    expect(sectionPatch('cdroms', d, base)).toEqual({ cdroms: [{ file: null, bus: 'ide' }] });
    expect(sectionPatch('nics', d, base)).toEqual({
      nics: [{ model: 'e1000', mac: '52:54:00:aa:bb:cc', network: { mode: 'bridge', bridge: 'br0' } }],
    });
    expect(sectionPatch('extra', d, base)).toEqual({ extraArgs: ['-device', 'virtio-rng-pci'] });
  });

  it('validates the whole config with the page changed, messages on the page', () => {
    const d = { ...draftFromConfig(base), memoryMiB: '16' };
    const c = checkSection('memory', d, base);
    expect(c.ok).toBe(false);
    expect(texts(c).memoryMiB).toMatch(/at least 32 MiB/);

    const nic = draftFromConfig(base);
    nic.nics[0]!.mac = 'zz';
    nic.nics[0]!.forwards[0]!.hostPort = '80';
    const n = texts(checkSection('nics', nic, base));
    expect(n['nics.0.mac']).toMatch(/52:54:00/);
    expect(n['nics.0.network.forwards.0.hostPort']).toMatch(/1024/);

    const none = { ...draftFromConfig(base), boot: draftFromConfig(base).boot.map((b) => ({ ...b, on: false })) };
    expect(texts(checkSection('boot', none, base))['boot.order']).toMatch(/at least one/);
  });

  it('reports a cross-field problem another page causes', () => {
    const d = { ...draftFromConfig({ ...base, balloon: false }), currentMemoryMiB: '1024' };
    const c = checkSection('memory', d, { ...base, balloon: false });
    expect(c.ok).toBe(false);
    expect(texts(c).currentMemoryMiB).toMatch(/balloon/);
    const off = { ...draftFromConfig({ ...base, currentMemoryMiB: 1024 }), balloon: false };
    const b = checkSection('balloon', off, { ...base, currentMemoryMiB: 1024 });
    expect(b.otherErrors.map(issueText).join()).toMatch(/balloon/);
  });

  it('keeps edits of dirty pages across a config change, refreshes the rest', () => {
    const d = { ...draftFromConfig(base), cpus: '3' };
    const next = { ...base, memoryMiB: 1024, cpus: 2 };
    const r = rebaseDraft(d, base, next);
    expect(r.cpus).toBe('3');
    expect(r.memoryMiB).toBe('1024');
    expect(revertSection(r, 'cpus', next).cpus).toBe('2');
  });

  it('compares JSON regardless of key order', () => {
    expect(sameValue({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(sameValue({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameValue([1], { 0: 1 })).toBe(false);
    expect(sameValue(NaN, NaN)).toBe(true);
  });
});

describe('hardware sections', () => {
  it('maps paths and pending-restart fields to pages', () => {
    expect(sectionOfPath('nics.0.network.forwards.1.hostPort')).toBe('nics');
    expect(sectionOfPath('kernel.append')).toBe('boot');
    expect(sectionOfPath('id')).toBeNull();
    expect(pendingOf('memory', ['memoryMiB', 'cpus'])).toEqual(['memoryMiB']);
    expect(pendingOf('memory', undefined)).toEqual([]);
  });
  it('names live changes and pages, in either language', async () => {
    const en = i18n.getFixedT('en', 'details');
    expect(describeLiveChange(en, 'cdroms.1')).toBe('CD-ROM 2 medium');
    expect(describeLiveChange(en, 'currentMemoryMiB')).toMatch(/balloon/);
    expect(describeLiveChange(en, 'memoryMiB')).toBe('Memory');
    expect(SECTIONS.map((s) => sectionLabel(en, s))).toContain('Extra arguments');
    await speak('fr');
    const fr = i18n.getFixedT('fr', 'details');
    expect(describeLiveChange(fr, 'cdroms.0')).toBe('support du CD-ROM 1');
    expect(describeLiveChange(fr, 'currentMemoryMiB')).toBe('cible du ballon (mémoire actuelle)');
    expect(SECTIONS.map((s) => sectionLabel(fr, s))).toContain('Arguments QEMU');
  });
});

describe('numbers a person types', () => {
  it('reads them in English: the dot, and nothing else', () => {
    expect(typedNumber('2048')).toBe(2048);
    expect(typedNumber(' 4 ')).toBe(4);
    expect(typedNumber('')).toBeUndefined();
    expect(typedNumber('1,5')).toBeNaN();
    expect(configValues({ ...draftFromConfig(base), memoryMiB: '1 024', cpus: '3' })).toMatchObject({ memoryMiB: 1024, cpus: 3 });
  });

  it('reads them in French: the comma, the dot and spaced thousands', async () => {
    await speak('fr');
    expect(typedNumber('1,5')).toBe(1.5);
    expect(typedNumber('1.5')).toBe(1.5);
    expect(typedNumber(`4${nb}096`)).toBe(4096);
    expect(configValues({ ...draftFromConfig(base), memoryMiB: '4 096' })).toMatchObject({ memoryMiB: 4096 });
  });

  it('says what to type instead of text that is no number, in the window’s language', async () => {
    const d = { ...draftFromConfig(base), memoryMiB: 'lots', cpus: '2' };
    expect(texts(checkSection('memory', d, base)).memoryMiB).toBe('Not a number: type digits, such as 2048.');
    // "1,5" is not a number in English; in French it is, and the schema asks for a whole number.
    expect(texts(checkSection('cpus', { ...d, cpus: '1,5' }, base)).cpus).toMatch(/^Not a number/);
    await speak('fr');
    expect(texts(checkSection('memory', d, base)).memoryMiB).toBe(`Ce n’est pas un nombre${nb}: tapez des chiffres, par exemple 2048.`);
    const cpus = checkSection('cpus', { ...d, cpus: '1,5' }, base);
    expect(cpus.patch).toEqual({ cpus: 1.5 });
    expect(texts(cpus).cpus).not.toMatch(/pas un nombre/); // the schema's own message
  });

  it('checks a new disk’s size in GiB, "1,5" included in French', async () => {
    expect(newDiskSize('1.5')).toEqual({ ok: true, value: 1.5 });
    expect(newDiskSize('')).toEqual({ ok: false, message: 'Give a size in GiB.' });
    expect(newDiskSize('1,5')).toEqual({ ok: false, message: 'Not a number: type digits, such as 1.5.' });
    expect(newDiskSize('0')).toMatchObject({ ok: false });
    await speak('fr');
    expect(newDiskSize('1,5')).toEqual({ ok: true, value: 1.5 });
    expect(newDiskSize('10')).toEqual({ ok: true, value: 10 });
    expect(newDiskSize('')).toEqual({ ok: false, message: 'Indiquez une taille en Gio.' });
    expect(newDiskSize('dix')).toEqual({ ok: false, message: `Ce n’est pas un nombre${nb}: tapez des chiffres, par exemple 1,5.` });
  });
});
