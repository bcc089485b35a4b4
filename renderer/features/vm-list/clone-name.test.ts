import { describe, expect, it } from 'vitest';
import { setLanguageChoice } from '../../i18n/i18n.js';
import { MAX_NAME_LENGTH } from '../../../shared/schemas/index.js';
import { cloneNameError, defaultCloneName } from './clone-name.js';

describe('clone name', () => {
  it('suggests "<name> clone", numbered when that is taken (case does not matter)', () => {
    expect(defaultCloneName('web', ['web'])).toBe('web clone');
    expect(defaultCloneName('web', ['web', 'Web Clone'])).toBe('web clone 2');
    expect(defaultCloneName('web', ['web', 'web clone', 'web clone 2'])).toBe('web clone 3');
  });

  it('shortens a long name so the suggestion stays valid', () => {
    const long = 'a'.repeat(MAX_NAME_LENGTH);
    const name = defaultCloneName(long, [long]);
    expect(name.length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
    expect(name.endsWith(' clone')).toBe(true);
    expect(cloneNameError(name, [long])).toBeNull();
  });

  it('says why a name will not do', () => {
    expect(cloneNameError('  ', [])).toBe('Give the VM a name.');
    expect(cloneNameError('a/b', [])).toMatch(/no "\/"/);
    expect(cloneNameError('WEB', ['web'])).toBe('A VM named "web" exists already: choose another name.');
    expect(cloneNameError('web copy', ['web'])).toBeNull();
  });

  it('says it in French', () => {
    setLanguageChoice('fr');
    try {
      expect(cloneNameError('WEB', ['web'])).toBe('Une VM nommée «\u00a0web\u00a0» existe déjà\u00a0: choisissez un autre nom.');
      expect(defaultCloneName('web', ['web'])).toBe('web clone');
    } finally {
      setLanguageChoice('en');
    }
  });
});
