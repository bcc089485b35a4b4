import { describe, expect, it } from 'vitest';
import { checkIntervalText } from './interval-input.js';

describe('statistics sampling interval field', () => {
  it('takes whole seconds from 1 to 60', () => {
    expect(checkIntervalText('1')).toEqual({ ok: true, value: 1 });
    expect(checkIntervalText(' 60 ')).toEqual({ ok: true, value: 60 });
  });

  it('explains what is wrong, in the engine’s words', () => {
    expect(checkIntervalText('0')).toMatchObject({ ok: false, message: expect.stringMatching(/at most once a second/) });
    expect(checkIntervalText('61')).toMatchObject({ ok: false, message: expect.stringMatching(/at least once a minute/) });
    expect(checkIntervalText('1.5')).toMatchObject({ ok: false, message: expect.stringMatching(/whole number/) });
    expect(checkIntervalText('')).toMatchObject({ ok: false, message: expect.stringMatching(/number of seconds/) });
  });
});
