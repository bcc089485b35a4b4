import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MessageKey } from '../../../shared/i18n/index.js';
import type { LibraryItem, MediaLibrary } from '../../../shared/schemas/media-methods.js';
import { setLanguageChoice } from '../../i18n/i18n.js';
import { countText, nextToDetect, osSourceText, osText, sortItems, usedByText, withFolder, withoutFolder } from './library-view.js';

const item = (name: string, kind: LibraryItem['kind'], os: LibraryItem['os'] = null): LibraryItem => ({
  path: `/dl/${name}`,
  name,
  folder: '/dl',
  kind,
  format: kind === 'iso' ? 'iso9660' : 'qcow2',
  size: 1,
  modified: 0,
  os,
  usedBy: [],
});
const lib = (folders: string[]): MediaLibrary => ({
  folders: folders.map((path) => ({ path, problem: null })),
  isDefault: false,
  items: [],
  scannedAt: 0,
  limited: null,
  notice: null,
});

describe('the media library view', () => {
  it('lists ISO images before disk images, by name', () => {
    const sorted = sortItems([item('b.qcow2', 'disk'), item('debian-12.iso', 'iso'), item('alpine.iso', 'iso')]);
    expect(sorted.map((i) => i.name)).toEqual(['alpine.iso', 'debian-12.iso', 'b.qcow2']);
    expect(countText(sorted)).toBe('2 ISO images · 1 disk image');
  });

  it('detects one ISO at a time, each once', () => {
    const os = { id: 'debian12', name: 'Debian 12', source: 'osinfo' as const, volumeId: null };
    const items = [item('a.qcow2', 'disk'), item('known.iso', 'iso', os), item('x.iso', 'iso'), item('y.iso', 'iso')];
    expect(nextToDetect(items, {})).toBe('/dl/x.iso');
    expect(nextToDetect(items, { '/dl/x.iso': os })).toBe('/dl/y.iso');
    expect(nextToDetect(items, { '/dl/x.iso': os, '/dl/y.iso': 'failed' })).toBeNull();
    expect(osText(os)).toBe('Debian 12');
    expect(osText({ ...os, source: 'none', name: 'Generic' })).toBe('Not recognised');
    expect(osSourceText(os)).toBe('Recognised by libosinfo');
    expect(osSourceText({ ...os, source: 'label', volumeId: 'Debian 12 amd64' })).toBe(
      'Recognised by its volume label; volume label Debian 12 amd64',
    );
  });

  it('says which VMs use a file, and how many', () => {
    expect(usedByText([])).toBe('No VM');
    expect(usedByText([{ name: 'web' }])).toBe('Used by 1 VM: web');
    expect(usedByText([{ name: 'web' }, { name: 'db' }])).toBe('Used by 2 VMs: web, db');
  });

  it('adds and removes folders, each once', () => {
    expect(withFolder(lib(['/dl']), '/srv/isos')).toEqual(['/dl', '/srv/isos']);
    expect(withFolder(lib(['/dl']), '/dl')).toEqual(['/dl']);
    expect(withoutFolder(lib(['/dl', '/srv']), '/dl')).toEqual(['/srv']);
    // The default Downloads, when it does not exist, gives way to the folder added.
    const missing: MediaLibrary = {
      ...lib([]),
      isDefault: true,
      folders: [{ path: '/home/me/Downloads', problem: { key: 'files:unknown.inTests' as MessageKey, text: 'does not exist' } }],
    };
    expect(withFolder(missing, '/srv/isos')).toEqual(['/srv/isos']);
    expect(withFolder({ ...missing, folders: [{ path: '/home/me/Downloads', problem: null }] }, '/srv/isos')).toEqual([
      '/home/me/Downloads',
      '/srv/isos',
    ]);
  });
});

describe('the media library in French', () => {
  beforeAll(() => setLanguageChoice('fr'));
  afterAll(() => setLanguageChoice('system'));

  it('counts images and VMs with French plurals', () => {
    expect(countText([item('a.iso', 'iso'), item('b.iso', 'iso'), item('c.qcow2', 'disk')])).toBe('2 images ISO · 1 image disque');
    expect(usedByText([{ name: 'web' }, { name: 'db' }])).toBe('Utilisée par 2 VM\u00a0: web, db');
    expect(osText({ id: 'x', name: 'Generic', source: 'none', volumeId: null })).toBe('Non reconnu');
  });
});
