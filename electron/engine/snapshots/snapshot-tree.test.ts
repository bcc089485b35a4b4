import { describe, expect, it } from 'vitest';
import type { SnapshotInfo } from '../../../shared/model/index.js';
import { parseMeta, serializeMeta, type SnapshotMeta } from './snapshot-meta.js';
import { buildTree, recordDeleted, recordReverted, recordTaken } from './snapshot-tree.js';

const snap = (name: string): SnapshotInfo => ({
  name,
  description: '',
  createdAt: '2026-12-01T10:00:00.000Z',
  vmStateBytes: 0,
  live: false,
});
const parents = (meta: SnapshotMeta, names: string[]) =>
  Object.fromEntries(buildTree(names.map(snap), meta).snapshots.map((s) => [s.name, s.parent]));

describe('snapshots.json', () => {
  it('reads the flat file older versions wrote: descriptions kept, no parents, no current snapshot', () => {
    expect(parseMeta({ base: { description: 'fresh install' }, later: { description: '' } })).toEqual({
      current: null,
      entries: { base: { description: 'fresh install', parent: null }, later: { description: '', parent: null } },
    });
  });

  it('writes a file older versions still read their descriptions from', () => {
    const meta: SnapshotMeta = { current: 'b', entries: { a: { description: 'one', parent: null }, b: { description: '', parent: 'a' } } };
    const written = JSON.parse(serializeMeta(meta)) as Record<string, { description?: string }>;
    expect(written.a?.description).toBe('one');
    expect(parseMeta(written)).toEqual(meta);
  });

  it('leaves out what is malformed instead of trusting it', () => {
    expect(parseMeta([1, 2])).toEqual({ current: null, entries: {} });
    expect(parseMeta({ $current: 7, x: 'text', y: { description: 3, parent: 4 } })).toEqual({
      current: null,
      entries: { y: { description: '', parent: null } },
    });
  });

  it('keeps a snapshot named __proto__ as an entry, through a write and a read', () => {
    const meta = parseMeta(JSON.parse('{"__proto__": {"description": "odd name", "parent": null}}'));
    expect(Object.keys(meta.entries)).toEqual(['__proto__']);
    const again = parseMeta(JSON.parse(serializeMeta(meta)));
    expect(Object.getOwnPropertyDescriptor(again.entries, '__proto__')?.value).toEqual({ description: 'odd name', parent: null });
  });
});

describe('the snapshot tree', () => {
  it('takes each snapshot from the current one, and a revert moves the current mark', () => {
    const meta = parseMeta(null);
    recordTaken(meta, 'installed', '', []);
    recordTaken(meta, 'updated', '', ['installed']);
    recordReverted(meta, 'installed');
    recordTaken(meta, 'experiment', '', ['installed', 'updated']);
    expect(parents(meta, ['installed', 'updated', 'experiment'])).toEqual({
      installed: null,
      updated: 'installed',
      experiment: 'installed',
    });
    expect(buildTree(['installed', 'updated', 'experiment'].map(snap), meta).current).toBe('experiment');
  });

  it('hangs snapshots without a recorded parent (older ones, taken by hand) off the root', () => {
    const meta = parseMeta({ $current: 'b', b: { description: '', parent: 'a' } });
    expect(parents(meta, ['old', 'a', 'b'])).toEqual({ old: null, a: null, b: 'a' });
  });

  it('deleting a snapshot re-parents its children to its parent; the current mark moves up with them', () => {
    const meta = parseMeta(null);
    recordTaken(meta, 'a', '', []);
    recordTaken(meta, 'b', '', ['a']);
    recordTaken(meta, 'c', '', ['a', 'b']);
    recordReverted(meta, 'b');
    recordTaken(meta, 'd', '', ['a', 'b', 'c']);
    recordReverted(meta, 'b');
    recordDeleted(meta, 'b');
    expect(parents(meta, ['a', 'c', 'd'])).toEqual({ a: null, c: 'a', d: 'a' });
    expect(meta.current).toBe('a');
    recordDeleted(meta, 'a');
    expect(parents(meta, ['c', 'd'])).toEqual({ c: null, d: null });
    expect(meta.current).toBeNull();
  });

  it('skips a parent deleted outside VirtDesk to its nearest ancestor, and forgets a current snapshot that is gone', () => {
    const meta = parseMeta({
      $current: 'gone',
      a: { description: '' },
      gone: { description: '', parent: 'a' },
      c: { description: '', parent: 'gone' },
    });
    const tree = buildTree(['a', 'c'].map(snap), meta);
    expect(tree.snapshots.map((s) => s.parent)).toEqual([null, 'a']);
    expect(tree.current).toBeNull();
  });

  it('cuts a loop in a hand-edited file at the root instead of hanging', () => {
    const meta = parseMeta({
      a: { description: '', parent: 'b' },
      b: { description: '', parent: 'a' },
      x: { description: '', parent: 'y' },
      y: { description: '', parent: 'x' },
    });
    const tree = buildTree(['a', 'b'].map(snap), meta);
    expect(tree.snapshots.filter((s) => s.parent === null)).toHaveLength(1);
    expect(parents(meta, ['c'])).toEqual({ c: null });
    expect(
      buildTree([snap('z')], { current: null, entries: { z: { description: '', parent: 'x' }, ...meta.entries } }).snapshots[0]!.parent,
    ).toBeNull();
  });
});
