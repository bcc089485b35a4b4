import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../i18n/i18n.js';
import { checkScrollbackText } from './scrollback-input.js';

describe('serial scrollback field', () => {
  it('takes whole KiB from 1024 to 65536', () => {
    expect(checkScrollbackText(' 1024 ')).toEqual({ ok: true, value: 1024 });
    expect(checkScrollbackText('65536')).toEqual({ ok: true, value: 65536 });
  });

  it('explains what is wrong, in the engine’s words', () => {
    expect(checkScrollbackText('512')).toMatchObject({ ok: false, message: expect.stringMatching(/at least 1 MiB/) });
    expect(checkScrollbackText('70000')).toMatchObject({ ok: false, message: expect.stringMatching(/at most 64 MiB/) });
    expect(checkScrollbackText('1500.5')).toMatchObject({ ok: false, message: expect.stringMatching(/whole number/) });
    expect(checkScrollbackText('')).toMatchObject({ ok: false, message: expect.stringMatching(/number of KiB/) });
    expect(checkScrollbackText('lots')).toMatchObject({ ok: false, message: expect.stringMatching(/number of KiB/) });
  });
});

describe('serial scrollback field in French', () => {
  afterEach(() => void i18n.changeLanguage('en'));

  it('reads the number as a French reader types it', async () => {
    await i18n.changeLanguage('fr');
    expect(checkScrollbackText('4 096')).toEqual({ ok: true, value: 4096 });
    expect(checkScrollbackText('1024,5')).toMatchObject({ ok: false }); // a number, but not a whole one
    expect(checkScrollbackText('1024.5')).toMatchObject({ ok: false });
  });
});
