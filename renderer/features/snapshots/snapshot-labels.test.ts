import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshotName } from '../../../shared/schemas/index.js';
import { setLanguageChoice } from '../../i18n/i18n.js';
import { nextSnapshotName, revertConsequences, snapshotKind, stateSize, takeExplanation } from './snapshot-labels.js';

const at = '2025-01-01T10:00:00.000Z';

describe('snapshot labels', () => {
  it('names the kind and the state size', () => {
    expect(snapshotKind({ live: true })).toBe('Live: memory and disks');
    expect(snapshotKind({ live: false })).toBe('Disks only');
    expect(stateSize({ vmStateBytes: 0 })).toBe('—');
    expect(stateSize({ vmStateBytes: 64 * 2 ** 20 })).toBe('64 MiB');
  });

  it('says what a snapshot taken now keeps', () => {
    expect(takeExplanation('running')).toMatch(/memory and its disks/);
    expect(takeExplanation('stopped')).toMatch(/disks only/);
    expect(takeExplanation('running', true)).toMatch(/file systems are frozen for the snapshot/);
    expect(takeExplanation('stopped', true)).not.toMatch(/frozen/);
  });

  it('warns what reverting loses, and that a live snapshot starts a stopped VM', () => {
    for (const state of ['running', 'stopped'] as const)
      for (const live of [true, false]) expect(revertConsequences({ live, createdAt: at }, state)[0]).toMatch(/current state is lost/);
    expect(revertConsequences({ live: true, createdAt: at }, 'stopped')[1]).toMatch(/starts the VM/);
    expect(revertConsequences({ live: true, createdAt: at }, 'running')[1]).toMatch(/memory included/);
    expect(revertConsequences({ live: false, createdAt: at }, 'stopped')[1]).toMatch(/stays off/);
  });

  it('proposes a free name the shared schema accepts', () => {
    expect(nextSnapshotName([])).toBe('Snapshot 1');
    expect(nextSnapshotName(['Snapshot 2', 'x'])).toBe('Snapshot 3');
    expect(nextSnapshotName(['Snapshot 2'])).toBe('Snapshot 3');
    expect(snapshotName.safeParse(nextSnapshotName([])).success).toBe(true);
  });
});

describe('snapshot labels in French', () => {
  beforeAll(() => setLanguageChoice('fr'));
  afterAll(() => setLanguageChoice('system'));

  it('speaks of instantanés, à chaud or disks only, with French sizes', () => {
    expect(snapshotKind({ live: true })).toBe('À chaud\u00a0: mémoire et disques');
    expect(snapshotKind({ live: false })).toBe('Disques seuls');
    expect(stateSize({ vmStateBytes: 1.5 * 2 ** 20 })).toBe('1,5\u00a0Mio');
    expect(takeExplanation('paused')).toMatch(/^La VM est en marche\u00a0: l’instantané conserve sa mémoire/);
    expect(revertConsequences({ live: true, createdAt: at }, 'stopped')[1]).toMatch(/le restaurer démarre la VM/);
  });

  it('proposes a French name the shared schema accepts', () => {
    expect(nextSnapshotName(['Instantané 1'])).toBe('Instantané 2');
    expect(snapshotName.safeParse(nextSnapshotName([])).success).toBe(true);
  });
});
