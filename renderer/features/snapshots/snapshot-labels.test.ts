import { describe, expect, it } from 'vitest';
import { snapshotName } from '../../../shared/schemas/index.js';
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
