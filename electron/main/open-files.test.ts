import { describe, expect, it } from 'vitest';
import { createI18n } from '../../shared/i18n/index.js';
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

  it('takes the ISO images from a command line, as paths or file:// URIs', () => {
    const argv = [
      '/opt/VirtDesk/virtdesk-app',
      '--no-sandbox',
      'debian.ISO',
      'file:///home/ann/My%20ISOs/mt86.iso',
      'notes.txt',
      'debian.ISO',
    ];
    expect(isoPathsFromArgv(argv, '/home/ann/Downloads')).toEqual(['/home/ann/Downloads/debian.ISO', '/home/ann/My ISOs/mt86.iso']);
    expect(isoPathsFromArgv(['virtdesk', 'file://remote-host/x.iso'], '/')).toEqual([]);
  });
});
