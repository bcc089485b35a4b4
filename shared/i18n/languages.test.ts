import { describe, expect, it } from 'vitest';
import { languageFromEnv, pickLanguage } from './languages.js';

describe('choosing the language', () => {
  it('takes the first preference VirtDesk speaks', () => {
    expect(pickLanguage(['de-DE', 'fr-CA', 'en'])).toBe('fr');
    expect(pickLanguage(['en-US', 'fr'])).toBe('en');
    expect(pickLanguage(['de', 'es'])).toBe('en');
    expect(pickLanguage([])).toBe('en');
  });

  it('reads a terminal’s locale as gettext does', () => {
    expect(languageFromEnv({ LANG: 'fr_FR.UTF-8' })).toBe('fr');
    expect(languageFromEnv({ LANG: 'en_US.UTF-8', LC_ALL: 'fr_BE.UTF-8' })).toBe('fr');
    expect(languageFromEnv({ LANG: 'fr_FR.UTF-8', LC_MESSAGES: 'C' })).toBe('en');
    expect(languageFromEnv({ LANG: 'de_DE.UTF-8', LANGUAGE: 'de:fr' })).toBe('fr');
    expect(languageFromEnv({ LANG: 'C.UTF-8', LANGUAGE: 'fr' })).toBe('en');
    expect(languageFromEnv({})).toBe('en');
  });
});
