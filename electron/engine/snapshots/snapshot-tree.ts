// The snapshot tree: who was taken from whom, and where the VM is now. Pure: the changes take, revert
// and delete make to snapshots.json, and the tree the Snapshots tab shows from it and qcow2's list.
import type { SnapshotInfo } from '../../../shared/model/index.js';
import type { SnapshotNode, SnapshotTree } from '../../../shared/schemas/power-methods.js';
import type { SnapshotMeta } from './snapshot-meta.js';

/** A new snapshot hangs off the current one (if it still exists) and becomes the current one. */
export function recordTaken(meta: SnapshotMeta, name: string, description: string, existing: readonly string[]): void {
  const parent = meta.current !== null && existing.includes(meta.current) ? meta.current : null;
  meta.entries[name] = { description, parent };
  meta.current = name;
}

/** The VM is at the snapshot it was reverted to. */
export function recordReverted(meta: SnapshotMeta, name: string): void {
  meta.current = name;
}

/**
 * A deleted snapshot's children hang off its parent instead, and if the VM was at it, the VM is now
 * "after" its parent: the next snapshot is taken from there, as virsh does.
 */
export function recordDeleted(meta: SnapshotMeta, name: string): void {
  const parent = meta.entries[name]?.parent ?? null;
  for (const entry of Object.values(meta.entries)) if (entry.parent === name) entry.parent = parent;
  if (meta.current === name) meta.current = parent;
  delete meta.entries[name];
}

/**
 * qcow2's flat list (creation order) as a tree. A snapshot without a recorded parent hangs off the root;
 * one whose recorded parent is gone (deleted outside VirtDesk) hangs off that parent's nearest existing
 * ancestor. A loop in a hand-edited file ends at the root rather than hanging the engine.
 */
export function buildTree(snapshots: readonly SnapshotInfo[], meta: SnapshotMeta): Pick<SnapshotTree, 'snapshots' | 'current'> {
  const names = new Set(snapshots.map((s) => s.name));
  const parentOf = (name: string): string | null => {
    const seen = new Set([name]);
    let p = meta.entries[name]?.parent ?? null;
    while (p !== null && !names.has(p)) {
      if (seen.has(p)) return null;
      seen.add(p);
      p = meta.entries[p]?.parent ?? null;
    }
    return p;
  };
  const nodes: SnapshotNode[] = snapshots.map((s) => ({ ...s, parent: parentOf(s.name) }));
  // Recorded parents form no loop among existing snapshots unless the file was edited by hand: cut any.
  for (const n of nodes) if (inLoop(n.name, nodes)) n.parent = null;
  return { snapshots: nodes, current: meta.current !== null && names.has(meta.current) ? meta.current : null };
}

function inLoop(name: string, nodes: readonly SnapshotNode[]): boolean {
  const parent = new Map(nodes.map((n) => [n.name, n.parent]));
  const seen = new Set<string>();
  for (let p = parent.get(name) ?? null; p !== null; p = parent.get(p) ?? null) {
    if (p === name) return true;
    if (seen.has(p)) return false;
    seen.add(p);
  }
  return false;
}
