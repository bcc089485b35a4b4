// What the library has found out about its ISO images' OS, remembered in the cache folder: detection
// may run osinfo-detect (seconds per image), and an ISO does not change once downloaded. Keyed by the
// file's identity (device, inode, size, modification time), so a replaced file is detected afresh.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { LibraryOs } from '../../../shared/schemas/media-methods.js';
import { writeFileAtomic } from '../store/atomic-write.js';

/** Enough for any library; the oldest entries go first. */
const MAX_REMEMBERED = 1000;

export class OsMemory {
  private loading: Promise<Map<string, LibraryOs>> | null = null;

  constructor(private readonly cacheDir: string) {}

  private get file() {
    return path.join(this.cacheDir, 'media-os.json');
  }

  private load(): Promise<Map<string, LibraryOs>> {
    this.loading ??= fs
      .readFile(this.file, 'utf8')
      .then((text) => {
        const saved = JSON.parse(text) as unknown;
        return new Map(Array.isArray(saved) ? (saved as Array<[string, LibraryOs]>).filter(isEntry) : []);
      })
      .catch(() => new Map<string, LibraryOs>()); // none yet, or unreadable: a cache is rebuilt, never fixed by hand
    return this.loading;
  }

  async get(identity: string): Promise<LibraryOs | null> {
    return (await this.load()).get(identity) ?? null;
  }

  async set(identity: string, os: LibraryOs): Promise<void> {
    const entries = await this.load();
    entries.delete(identity);
    entries.set(identity, os);
    while (entries.size > MAX_REMEMBERED) entries.delete(entries.keys().next().value!);
    await fs.mkdir(this.cacheDir, { recursive: true, mode: 0o700 });
    await writeFileAtomic(this.file, JSON.stringify([...entries]));
  }
}

function isEntry(e: unknown): e is [string, LibraryOs] {
  if (!Array.isArray(e) || e.length !== 2 || typeof e[0] !== 'string') return false;
  const os = e[1] as Partial<LibraryOs> | null;
  return typeof os?.id === 'string' && typeof os.name === 'string' && ['osinfo', 'label', 'content', 'none'].includes(os.source ?? '');
}
