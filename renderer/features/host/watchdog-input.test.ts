import { describe, expect, it } from 'vitest';
import { checkWatchdogText } from './watchdog-input.js';

describe('KVM watchdog field', () => {
  it('takes whole seconds from 5 to 3600', () => {
    expect(checkWatchdogText(' 5 ')).toEqual({ ok: true, value: 5 });
    expect(checkWatchdogText('3600')).toEqual({ ok: true, value: 3600 });
  });

  it('explains what is wrong, in the engine’s words', () => {
    expect(checkWatchdogText('4')).toMatchObject({ ok: false, message: expect.stringMatching(/at least 5 seconds/) });
    expect(checkWatchdogText('3601')).toMatchObject({ ok: false, message: expect.stringMatching(/at most an hour/) });
    expect(checkWatchdogText('7.5')).toMatchObject({ ok: false, message: expect.stringMatching(/whole number/) });
    expect(checkWatchdogText('')).toMatchObject({ ok: false, message: expect.stringMatching(/number of seconds/) });
    expect(checkWatchdogText('soon')).toMatchObject({ ok: false, message: expect.stringMatching(/number of seconds/) });
  });
});
