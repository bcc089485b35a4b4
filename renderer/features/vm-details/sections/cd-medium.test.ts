import { describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n/i18n.js';
import { mediumNotice, mediumPatch, sameDrives } from './cd-medium.js';

const nb = '\u00a0';

const stored = [
  { file: '/isos/a.iso', bus: 'sata' as const },
  { file: null, bus: 'ide' as const },
];

describe('Eject and Change… on the CD-ROM page', () => {
  it('change one stored drive, and only when the page shows the stored drives', () => {
    const draft = stored.map((cd, i) => ({ key: String(i), file: cd.file ?? '', bus: cd.bus }));
    expect(sameDrives(draft, stored)).toBe(true);
    expect(sameDrives([...draft, { key: 'x', file: '', bus: 'sata' }], stored)).toBe(false);
    expect(sameDrives([{ ...draft[0]!, bus: 'ide' }, draft[1]!], stored)).toBe(false);
    expect(mediumPatch(stored, 0, null)).toEqual([{ file: null, bus: 'sata' }, stored[1]]);
    expect(mediumPatch(stored, 1, '/isos/b.iso')).toEqual([stored[0], { file: '/isos/b.iso', bus: 'ide' }]);
  });

  it('say whether the running guest got the change at once', () => {
    const t = i18n.getFixedT('en', 'details');
    expect(mediumNotice(t, 0, null, ['cdroms.0'])).toBe('CD-ROM 1: medium ejected from the running VM');
    expect(mediumNotice(t, 1, '/isos/b.iso', ['cdroms.1'])).toBe('CD-ROM 2: b.iso inserted in the running VM');
    expect(mediumNotice(t, 0, null, [])).toBe('CD-ROM 1 is empty now');
    expect(mediumNotice(t, 0, '/isos/b.iso', [])).toBe('CD-ROM 1 holds b.iso now');
  });

  it('say it in French too', () => {
    const t = i18n.getFixedT('fr', 'details');
    expect(mediumNotice(t, 0, null, ['cdroms.0'])).toBe(`CD-ROM 1${nb}: support éjecté de la VM en marche`);
    expect(mediumNotice(t, 1, '/isos/b.iso', ['cdroms.1'])).toBe(`CD-ROM 2${nb}: b.iso inséré dans la VM en marche`);
    expect(mediumNotice(t, 0, null, [])).toBe('Le CD-ROM 1 est vide désormais');
    expect(mediumNotice(t, 0, '/isos/b.iso', [])).toBe('Le CD-ROM 1 contient désormais b.iso');
  });
});
