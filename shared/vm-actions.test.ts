import { describe, expect, it } from 'vitest';
import { createI18n, tr } from './i18n/index.js';
import { allowed, ALLOWED_IN, refusal, type VmAction } from './vm-actions.js';
import type { VmState } from './model/index.js';

const STATES: VmState[] = ['stopped', 'starting', 'running', 'paused', 'shutting-down', 'saved', 'crashed', 'broken'];
/** The refusal's English text (the message's fallback, and what the tests of the engine read). */
const said = (action: VmAction, state: VmState) => refusal(action, { state })?.text ?? null;

describe('which action in which state', () => {
  it('allows exactly what the table says, and refuses the rest with a reason and a fix', () => {
    for (const action of Object.keys(ALLOWED_IN) as VmAction[]) {
      for (const state of STATES) {
        const why = said(action, state);
        expect(why === null, `${action} in ${state}`).toBe(ALLOWED_IN[action].includes(state));
        if (why) expect(why).toMatch(/^Cannot .+: the VM is .+; .+\.$/);
      }
    }
  });

  it('words each refusal for the state it is in', () => {
    expect(said('pause', 'paused')).toBe('Cannot pause: the VM is paused; resume it first.');
    expect(said('pause', 'stopped')).toBe('Cannot pause: the VM is stopped; start it first.');
    expect(said('clone', 'running')).toBe('Cannot clone: the VM is running; shut it down (or force it off) first.');
    expect(said('startDisposable', 'saved')).toMatch(/restore it \(Start\) or discard the saved state first/);
    expect(said('reboot', 'shutting-down')).toMatch(/the VM is shutting down; wait until it is off, or force it off/);
    expect(said('start', 'broken')).toMatch(/vm\.json cannot be read/);
  });

  it('says it in French too', () => {
    const fr = createI18n('fr');
    expect(tr(fr, refusal('pause', { state: 'paused' })!)).toBe(
      'Impossible de mettre en pause\u00a0: la VM est en pause\u00a0; reprenez-la d’abord.',
    );
    expect(tr(fr, refusal('saveState', { state: 'running', disposable: true })!)).toMatch(
      /^Impossible d’enregistrer l’état d’une exécution jetable/,
    );
  });

  it('a disposable run cannot be saved', () => {
    expect(allowed('saveState', { state: 'running' })).toBe(true);
    expect(allowed('saveState', { state: 'running', disposable: true })).toBe(false);
    expect(allowed('start', null)).toBe(false);
  });
});
