import { describe, expect, it } from 'vitest';
import { dialogFilters, isoPathsFromArgv, kindOf } from './open-files.js';

describe('the desktop file dialog and opened files', () => {
  it('filters the Open dialog by the field kind, always with All files', () => {
    expect(dialogFilters('iso')).toEqual([
      { name: 'ISO images', extensions: ['iso'] },
      { name: 'All files', extensions: ['*'] },
    ]);
    expect(dialogFilters('kernel')).toEqual([{ name: 'All files', extensions: ['*'] }]);
    expect(dialogFilters('disk')[0]!.extensions).toContain('qcow2');
    expect(dialogFilters('folder')).toEqual([]);
    expect(kindOf('photos')).toBe('any');
  });

  it('takes the ISO images from a command line, as paths or file:// URIs', () => {
    const argv = ['/opt/VirtDesk/virtdesk', '--no-sandbox', 'debian.ISO', 'file:///home/ann/My%20ISOs/mt86.iso', 'notes.txt', 'debian.ISO'];
    expect(isoPathsFromArgv(argv, '/home/ann/Downloads')).toEqual(['/home/ann/Downloads/debian.ISO', '/home/ann/My ISOs/mt86.iso']);
    expect(isoPathsFromArgv(['virtdesk', 'file://remote-host/x.iso'], '/')).toEqual([]);
  });
});
