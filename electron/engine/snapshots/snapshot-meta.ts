// What qcow2 cannot hold about snapshots, in snapshots.json beside the disks: each snapshot's
// description and parent (the snapshot the VM was at when it was taken), and the current snapshot (set
// by take and revert). qcow2's internal snapshots are a flat list; this file makes them a tree. The
// snapshots themselves live in the images: losing this file loses only descriptions and the tree's shape.
//
// The file stays the flat object older VirtDesk versions wrote ({"name": {"description": ...}}), so they
// still read the descriptions; the current snapshot is under "$current", a key no snapshot can have
// ("$" is not allowed in snapshot names).
import fs from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../store/atomic-write.js';

export const SNAPSHOT_META_FILE = 'snapshots.json';
const CURRENT_KEY = '$current';

export interface SnapshotEntry {
  description: string;
  /** null: taken from the root, or before VirtDesk kept parents. */
  parent: string | null;
}

export interface SnapshotMeta {
  current: string | null;
  entries: Record<string, SnapshotEntry>;
}

/** Pure: the file's content as read; anything malformed is left out rather than trusted. */
export function parseMeta(data: unknown): SnapshotMeta {
  // No prototype: a snapshot may be called __proto__ (or constructor) and must stay an entry.
  const meta: SnapshotMeta = { current: null, entries: Object.create(null) as SnapshotMeta['entries'] };
  if (!data || typeof data !== 'object' || Array.isArray(data)) return meta;
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    if (key === CURRENT_KEY) {
      if (typeof value === 'string') meta.current = value;
      continue;
    }
    if (key.startsWith('$') || !value || typeof value !== 'object') continue;
    const { description, parent } = value as Record<string, unknown>;
    meta.entries[key] = {
      description: typeof description === 'string' ? description : '',
      parent: typeof parent === 'string' ? parent : null,
    };
  }
  return meta;
}

/** Pure: the file's content to write. */
export function serializeMeta(meta: SnapshotMeta): string {
  return JSON.stringify({ [CURRENT_KEY]: meta.current, ...meta.entries }, null, 2) + '\n';
}

export async function readMeta(vmDir: string): Promise<SnapshotMeta> {
  try {
    return parseMeta(JSON.parse(await fs.readFile(path.join(vmDir, SNAPSHOT_META_FILE), 'utf8')));
  } catch {
    return parseMeta(null); // missing or unreadable: the snapshots are still listed, flat and without descriptions
  }
}

export async function updateMeta(vmDir: string, change: (meta: SnapshotMeta) => void): Promise<void> {
  const meta = await readMeta(vmDir);
  change(meta);
  await writeFileAtomic(path.join(vmDir, SNAPSHOT_META_FILE), serializeMeta(meta));
}
