import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { VmState, VmSummary } from '../../shared/model/index.js';
import { testConfig } from '../test-support/vm-config.js';
import { setLanguageChoice } from '../i18n/i18n.js';
import {
  canClone,
  canDiscardSavedState,
  canReboot,
  canSaveState,
  canStart,
  canStartDisposable,
  restores,
  startLabel,
  stateLabel,
} from './vm-state.js';

const ALL: VmState[] = ['stopped', 'starting', 'running', 'paused', 'shutting-down', 'saved', 'crashed', 'broken'];
const vm = (state: VmState): VmSummary => ({ id: testConfig.id, name: 'web', config: testConfig, status: { state, since: 0 } });
const where = (pred: (v: VmSummary) => boolean) => ALL.filter((s) => pred(vm(s)));

describe('lifecycle predicates', () => {
  it('reboots only a running guest (it must hear the ACPI button)', () => {
    expect(where(canReboot)).toEqual(['running']);
  });

  it('saves the state of a running or paused guest, unless it runs disposable', () => {
    expect(where(canSaveState)).toEqual(['running', 'paused']);
    const disposable = vm('running');
    disposable.status.disposable = true;
    expect(canSaveState(disposable)).toBe(false);
  });

  it('restores a saved VM with Start, and says so', () => {
    expect(canStart(vm('saved'))).toBe(true);
    expect(startLabel(vm('saved'))).toBe('Restore');
    expect(startLabel(vm('stopped'))).toBe('Start');
    expect(startLabel(null)).toBe('Start');
    expect(where(restores)).toEqual(['saved']);
  });

  it('names the states for the badges', () => {
    expect(stateLabel('shutting-down')).toBe('shutting down');
    expect(ALL.map(stateLabel).every((l) => l.length > 0)).toBe(true);
  });

  it('discards a saved state only', () => {
    expect(where(canDiscardSavedState)).toEqual(['saved']);
  });

  it('starts disposable and clones only a VM that is off with no saved memory', () => {
    expect(where(canStartDisposable)).toEqual(['stopped', 'crashed']);
    expect(where(canClone)).toEqual(['stopped', 'crashed']);
  });

  it('offers nothing without a VM', () => {
    for (const pred of [canReboot, canSaveState, canDiscardSavedState, canStartDisposable, canClone]) {
      expect(pred(null)).toBe(false);
    }
  });
});

describe('in French', () => {
  beforeEach(() => setLanguageChoice('fr'));
  afterEach(() => setLanguageChoice('en'));

  it('says what Start will do, and the states, in French', () => {
    expect(startLabel(vm('saved'))).toBe('Restaurer');
    expect(startLabel(vm('stopped'))).toBe('Démarrer');
    expect(stateLabel('running')).toBe('en marche');
    expect(stateLabel('shutting-down')).toBe('arrêt en cours');
    // Logic never reads the words: a saved VM still restores.
    expect(restores(vm('saved'))).toBe(true);
  });
});
