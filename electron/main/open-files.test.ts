import { describe, expect, it } from 'vitest';
import { createI18n } from '../../shared/i18n/index.js';
import { menuTemplate } from './menu.js';
import { dialogFilters, isoPathsFromArgv, kindOf } from './open-files.js';

const en = createI18n('en');
const fr = createI18n('fr');

describe('the desktop file dialog and opened files', () => {
  it('filters the Open dialog by the field kind, always with All files', () => {
    expect(dialogFilters('iso', en)).toEqual([
      { name: 'ISO images', extensions: ['iso'] },
      { name: 'All files', extensions: ['*'] },
    ]);
    expect(dialogFilters('kernel', en)).toEqual([{ name: 'All files', extensions: ['*'] }]);
    expect(dialogFilters('disk', en)[0]!.extensions).toContain('qcow2');
    expect(dialogFilters('folder', en)).toEqual([]);
    expect(kindOf('photos')).toBe('any');
  });

  it('names the filters in the desktop language', () => {
    expect(dialogFilters('disk', fr).map((f) => f.name)).toEqual(['Images disque', 'Tous les fichiers']);
    expect(dialogFilters('initrd', fr)[0]!.extensions).toEqual(dialogFilters('initrd', en)[0]!.extensions);
  });

  it('labels every menu and item, in French too (Electron would label roles in English)', () => {
    const labels = (items: ReturnType<typeof menuTemplate>): string[] =>
      items.flatMap((i) => (i.type === 'separator' ? [] : [i.label ?? '', ...(Array.isArray(i.submenu) ? labels(i.submenu) : [])]));
    const english = labels(menuTemplate(en));
    const french = labels(menuTemplate(fr));
    expect(english.slice(0, 2)).toEqual(['File', 'Quit']);
    expect(french).toContain('Édition');
    expect(french.every((l) => l !== '')).toBe(true);
    expect(french.filter((l, i) => l === english[i])).toEqual([]);
  });

  it('takes the ISO images from a command line, as paths or file:// URIs', () => {
    const argv = ['/opt/VirtDesk/virtdesk', '--no-sandbox', 'debian.ISO', 'file:///home/ann/My%20ISOs/mt86.iso', 'notes.txt', 'debian.ISO'];
    expect(isoPathsFromArgv(argv, '/home/ann/Downloads')).toEqual(['/home/ann/Downloads/debian.ISO', '/home/ann/My ISOs/mt86.iso']);
    expect(isoPathsFromArgv(['virtdesk', 'file://remote-host/x.iso'], '/')).toEqual([]);
  });
});
