// What qcow2 cannot hold about a snapshot (its description), in snapshots.json beside the disks. The
// snapshots themselves live in the images; losing this file loses only the descriptions.
import fs from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../store/atomic-write.js';

export const SNAPSHOT_META_FILE = 'snapshots.json';
type Meta = Record<string, { description: string }>;

export async function readMeta(vmDir: string): Promise<Meta> {
  try {
    const data = JSON.parse(await fs.readFile(path.join(vmDir, SNAPSHOT_META_FILE), 'utf8')) as unknown;
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as Meta) : {};
  } catch {
    return {}; // missing or unreadable: the snapshots are still listed, without descriptions
  }
}

export async function updateMeta(vmDir: string, change: (meta: Meta) => void): Promise<void> {
  const meta = await readMeta(vmDir);
  change(meta);
  await writeFileAtomic(path.join(vmDir, SNAPSHOT_META_FILE), JSON.stringify(meta, null, 2) + '\n');
}
