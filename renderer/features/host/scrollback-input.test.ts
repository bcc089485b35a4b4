import { describe, expect, it } from 'vitest';
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
