import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FolderEntry } from '../../../shared/schemas/media-methods.js';
import { setLanguageChoice } from '../../i18n/i18n.js';
import { activate, asLocation, expandHome, leftOutText, matchPrefix, moveSelection, splitTyped } from './chooser-nav.js';

const entry = (name: string, kind: FolderEntry['kind'] = 'file'): FolderEntry => ({ name, kind, size: 1, modified: 0, link: false });

describe('the file chooser', () => {
  it('reads a typed location as a shell would, and splits a half-typed name from its folder', () => {
    expect(expandHome('~', '/home/ann')).toBe('/home/ann');
    expect(expandHome(' ~/Downloads ', '/home/ann/')).toBe('/home/ann/Downloads');
    expect(expandHome('~bob/x', '/home/ann')).toBe('~bob/x');
    expect(splitTyped('/usr/lib/ipx')).toEqual({ folder: '/usr/lib', prefix: 'ipx' });
    expect(splitTyped('/us')).toEqual({ folder: '/', prefix: 'us' });
    expect(splitTyped('/usr/lib/')).toEqual({ folder: '/usr/lib', prefix: '' });
    expect(asLocation('/')).toBe('/');
    expect(asLocation('/tmp')).toBe('/tmp/');
  });

  it('moves the selection with the arrow, Home, End and page keys, within the list', () => {
    expect(moveSelection('ArrowDown', -1, 3)).toBe(0);
    expect(moveSelection('ArrowDown', 2, 3)).toBe(2);
    expect(moveSelection('ArrowUp', 0, 3)).toBe(0);
    expect(moveSelection('ArrowUp', -1, 3)).toBe(2);
    expect(moveSelection('End', 0, 3)).toBe(2);
    expect(moveSelection('Home', 2, 3)).toBe(0);
    expect(moveSelection('PageDown', 0, 30)).toBe(10);
    expect(moveSelection('PageUp', 5, 30)).toBe(0);
    expect(moveSelection('a', 0, 3)).toBeNull();
    expect(moveSelection('ArrowDown', -1, 0)).toBeNull();
  });

  it('opens a folder and picks a file, and finds a name by its start', () => {
    expect(activate('/srv', entry('isos', 'folder'))).toEqual({ open: '/srv/isos' });
    expect(activate('/', entry('x.iso'))).toEqual({ pick: '/x.iso' });
    expect(matchPrefix([entry('Alpha', 'folder'), entry('debian.iso')], 'DEB')).toBe(1);
    expect(matchPrefix([entry('a')], '')).toBe(-1);
  });

  it('says what a listing left out', () => {
    expect(leftOutText({ hidden: 2, otherKinds: 5, unreadable: 1 })).toBe('Not shown: 2 hidden, 5 other files, 1 VirtDesk may not read.');
    expect(leftOutText({ hidden: 0, otherKinds: 1, unreadable: 0 })).toBe('Not shown: 1 other file.');
    expect(leftOutText({ hidden: 0, otherKinds: 0, unreadable: 0 })).toBe('');
  });
});

describe('the file chooser in French', () => {
  beforeAll(() => setLanguageChoice('fr'));
  afterAll(() => setLanguageChoice('system'));

  it('says what a listing left out, with French plurals', () => {
    expect(leftOutText({ hidden: 1, otherKinds: 1, unreadable: 0 })).toBe('Non affichés\u00a0: 1 caché, 1 autre fichier.');
    expect(leftOutText({ hidden: 2, otherKinds: 5, unreadable: 1 })).toBe(
      'Non affichés\u00a0: 2 cachés, 5 autres fichiers, 1 que VirtDesk ne peut pas lire.',
    );
  });
});
