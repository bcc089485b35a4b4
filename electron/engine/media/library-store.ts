// <data>/library.json: the folders the media library scans, beside settings.json but a file of its own
// (a list of paths is no setting of the Settings form, and the Settings schema stays as it is).
// Missing -> Downloads. A file VirtDesk cannot use is left untouched until the user chooses folders
// again, and the library says so.
import fs from 'node:fs/promises';
import path from 'node:path';
import { says, type Message } from '../../../shared/i18n/index.js';
import { absolutePath } from '../../../shared/schemas/fields.js';
import { MAX_LIBRARY_FOLDERS } from '../../../shared/schemas/media-methods.js';
import { writeFileAtomic } from '../store/atomic-write.js';

export interface LibraryChoice {
  /** Absolute, normalised, each once. */
  folders: string[];
  /** Nothing chosen yet (or the file is unusable): the caller uses Downloads. */
  isDefault: boolean;
  /** Why the saved file was not used; null when it was (or there is none). */
  notice: Message | null;
}

/** Normalised, each once, in the order given. */
export function normaliseFolders(folders: readonly string[]): string[] {
  return [...new Set(folders.map((f) => path.resolve(f)))];
}

export class LibraryStore {
  constructor(private readonly dataDir: string) {}

  get file(): string {
    return path.join(this.dataDir, 'library.json');
  }

  async read(): Promise<LibraryChoice> {
    let text: string;
    try {
      text = await fs.readFile(this.file, 'utf8');
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return { folders: [], isDefault: true, notice: null };
      return this.unusable(says('files:library.cannotRead', { code: code ?? (err as Error).message }));
    }
    let saved: unknown;
    try {
      saved = JSON.parse(text);
    } catch (err) {
      return this.unusable(says('files:library.notJson', { error: (err as Error).message }));
    }
    const folders = (saved as { folders?: unknown } | null)?.folders;
    if (!Array.isArray(folders) || folders.length > MAX_LIBRARY_FOLDERS || !folders.every((f) => absolutePath.safeParse(f).success)) {
      return this.unusable(says('files:library.notList'));
    }
    const list = normaliseFolders(folders as string[]);
    return list.length ? { folders: list, isDefault: false, notice: null } : { folders: [], isDefault: true, notice: null };
  }

  /** An empty list forgets the choice: Downloads again. */
  async write(folders: readonly string[]): Promise<void> {
    await fs.mkdir(this.dataDir, { recursive: true, mode: 0o700 });
    await writeFileAtomic(this.file, `${JSON.stringify({ folders: normaliseFolders(folders) }, null, 2)}\n`);
  }

  private unusable(why: Message): LibraryChoice {
    return { folders: [], isDefault: true, notice: says('files:library.unusable', { file: this.file, why }) };
  }
}
