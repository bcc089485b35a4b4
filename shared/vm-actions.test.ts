import { describe, expect, it } from 'vitest';
import { allowed, ALLOWED_IN, refusal, type VmAction } from './vm-actions.js';
import type { VmState } from './model/index.js';

const STATES: VmState[] = ['stopped', 'starting', 'running', 'paused', 'shutting-down', 'saved', 'crashed', 'broken'];

describe('which action in which state', () => {
  it('allows exactly what the table says, and refuses the rest with a reason and a fix', () => {
    for (const action of Object.keys(ALLOWED_IN) as VmAction[]) {
      for (const state of STATES) {
        const why = refusal(action, { state });
        expect(why === null, `${action} in ${state}`).toBe(ALLOWED_IN[action].includes(state));
        if (why) expect(why).toMatch(/^Cannot .+: the VM is .+; .+\.$/);
      }
    }
  });

  it('words each refusal for the state it is in', () => {
    expect(refusal('pause', { state: 'paused' })).toBe('Cannot pause: the VM is paused; resume it first.');
    expect(refusal('pause', { state: 'stopped' })).toBe('Cannot pause: the VM is stopped; start it first.');
    expect(refusal('clone', { state: 'running' })).toBe('Cannot clone: the VM is running; shut it down (or force it off) first.');
    expect(refusal('startDisposable', { state: 'saved' })).toMatch(/restore it \(Start\) or discard the saved state first/);
    expect(refusal('reboot', { state: 'shutting-down' })).toMatch(/wait until it is off, or force it off/);
    expect(refusal('start', { state: 'broken' })).toMatch(/vm\.json cannot be read/);
  });

  it('a disposable run cannot be saved', () => {
    expect(allowed('saveState', { state: 'running' })).toBe(true);
    expect(allowed('saveState', { state: 'running', disposable: true })).toBe(false);
    expect(allowed('start', null)).toBe(false);
  });
});
