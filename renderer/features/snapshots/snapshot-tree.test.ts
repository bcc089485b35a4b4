import { describe, expect, it } from 'vitest';
import type { SnapshotNode } from '../../../shared/schemas/power-methods.js';
import { treeKeyTarget, treeRows } from './snapshot-tree.js';

const node = (name: string, parent: string | null = null): SnapshotNode => ({
  name,
  parent,
  description: '',
  createdAt: '2026-12-01T10:00:00.000Z',
  vmStateBytes: 0,
  live: false,
});

// installed ─┬─ updated ── tuned
//            └─ experiment
// imported (an older snapshot without a parent)
const nodes = [
  node('installed'),
  node('updated', 'installed'),
  node('imported'),
  node('experiment', 'installed'),
  node('tuned', 'updated'),
];

describe('treeRows', () => {
  it('puts each snapshot under the one it was taken from, depth first, siblings oldest first', () => {
    expect(treeRows(nodes).map((r) => `${'  '.repeat(r.level - 1)}${r.node.name}`)).toEqual([
      'installed',
      '  updated',
      '    tuned',
      '  experiment',
      'imported',
    ]);
  });

  it('gives each row its tree semantics: level, children, place among its siblings', () => {
    const rows = treeRows(nodes);
    expect(rows.map((r) => [r.node.name, r.level, r.hasChildren, r.posInSet, r.setSize])).toEqual([
      ['installed', 1, true, 1, 2],
      ['updated', 2, true, 1, 2],
      ['tuned', 3, false, 1, 1],
      ['experiment', 2, false, 2, 2],
      ['imported', 1, false, 2, 2],
    ]);
  });

  it('hangs a snapshot whose parent is not in the list off the root', () => {
    expect(treeRows([node('a'), node('b', 'gone')]).map((r) => r.level)).toEqual([1, 1]);
  });
});

describe('treeKeyTarget', () => {
  const rows = treeRows(nodes);
  it('moves up and down through the rows, and to the first and last', () => {
    expect(treeKeyTarget(rows, 0, 'ArrowDown')).toBe(1);
    expect(treeKeyTarget(rows, 4, 'ArrowDown')).toBeNull();
    expect(treeKeyTarget(rows, 0, 'ArrowUp')).toBeNull();
    expect(treeKeyTarget(rows, 3, 'Home')).toBe(0);
    expect(treeKeyTarget(rows, 0, 'End')).toBe(4);
  });

  it('goes to the first child with Right and to the parent with Left', () => {
    expect(treeKeyTarget(rows, 1, 'ArrowRight')).toBe(2);
    expect(treeKeyTarget(rows, 2, 'ArrowRight')).toBeNull();
    expect(treeKeyTarget(rows, 3, 'ArrowLeft')).toBe(0);
    expect(treeKeyTarget(rows, 2, 'ArrowLeft')).toBe(1);
    expect(treeKeyTarget(rows, 4, 'ArrowLeft')).toBeNull();
    expect(treeKeyTarget(rows, 0, 'x')).toBeNull();
  });
});
