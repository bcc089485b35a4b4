// The snapshot tree as the Snapshots tab draws it: depth-first rows (each snapshot under the one it was
// taken from, siblings oldest first) and where the arrow keys go, as in the WAI-ARIA tree pattern. Pure.
import type { SnapshotNode } from '../../../shared/schemas/power-methods.js';

export interface TreeRow {
  node: SnapshotNode;
  /** 1 for a snapshot taken from the root (aria-level). */
  level: number;
  hasChildren: boolean;
  /** 1-based place among its siblings, and how many they are (aria-posinset, aria-setsize). */
  posInSet: number;
  setSize: number;
}

/** Depth-first, children in the list's order (qemu-img lists snapshots oldest first). */
export function treeRows(nodes: readonly SnapshotNode[]): TreeRow[] {
  const names = new Set(nodes.map((n) => n.name));
  const children = new Map<string | null, SnapshotNode[]>();
  for (const n of nodes) {
    // A parent the list does not have (the engine resolves these; a stale answer might not) is the root.
    const parent = n.parent !== null && names.has(n.parent) ? n.parent : null;
    children.set(parent, [...(children.get(parent) ?? []), n]);
  }
  const rows: TreeRow[] = [];
  const visit = (parent: string | null, level: number, seen: Set<string>) => {
    const kids = children.get(parent) ?? [];
    kids.forEach((node, i) => {
      if (seen.has(node.name)) return; // a loop cannot come from the engine; never recurse forever
      seen.add(node.name);
      rows.push({ node, level, hasChildren: (children.get(node.name)?.length ?? 0) > 0, posInSet: i + 1, setSize: kids.length });
      visit(node.name, level + 1, seen);
    });
  };
  visit(null, 1, new Set());
  return rows;
}

/** The row a key moves to from `index` (every row is shown: the tree has no collapsed branches), or null. */
export function treeKeyTarget(rows: readonly TreeRow[], index: number, key: string): number | null {
  const row = rows[index];
  if (!row) return null;
  switch (key) {
    case 'ArrowDown':
      return index + 1 < rows.length ? index + 1 : null;
    case 'ArrowUp':
      return index > 0 ? index - 1 : null;
    case 'Home':
      return rows.length ? 0 : null;
    case 'End':
      return rows.length ? rows.length - 1 : null;
    case 'ArrowRight':
      // To the first child, which is the next row when there is one.
      return row.hasChildren ? index + 1 : null;
    case 'ArrowLeft': {
      // To the parent: the nearest row above with a smaller level.
      for (let i = index - 1; i >= 0; i--) if (rows[i]!.level < row.level) return i;
      return null;
    }
    default:
      return null;
  }
}
