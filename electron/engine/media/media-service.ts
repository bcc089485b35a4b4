// The engine's side of the file chooser and the media library (shared/schemas/media-methods.ts): the
// methods' handlers, over list-folder, bookmarks, the library's folders, its scan and what it knows
// about each ISO's OS.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ApiError, type ParsedArgOf as Arg } from '../../../shared/api.js';
import { says } from '../../../shared/i18n/index.js';
import type { VmConfig } from '../../../shared/model/index.js';
import type { Bookmark, FolderListing, LibraryItem, LibraryOs, MediaLibrary } from '../../../shared/schemas/media-methods.js';
import { detectOs } from '../os/detect-os.js';
import { describeContent, opticalKind, readHead } from '../policy/file-kind.js';
import { vmDir, type EnginePaths } from '../paths.js';
import { withDetails } from '../policy/messages.js';
import { bookmarks, downloadsDir } from './bookmarks.js';
import { folderError, listFolder } from './list-folder.js';
import { fileIdentity, scanLibrary, SCAN_LIMITS, type ScanLimits, type ScanResult } from './library-scan.js';
import { LibraryStore, normaliseFolders, type LibraryChoice } from './library-store.js';
import { OsMemory } from './os-memory.js';

/** A scan is reused for this long; Rescan (or choosing folders) scans at once. */
const SCAN_FRESH_MS = 60_000;

export interface MediaOptions {
  paths: EnginePaths;
  /** Every VM's definition: the library names the VMs that use each file. */
  vmConfigs: () => Promise<VmConfig[]>;
  home?: string;
  env?: NodeJS.ProcessEnv;
  limits?: ScanLimits;
}

export class Media {
  private readonly store: LibraryStore;
  private readonly osMemory: OsMemory;
  private readonly home: string;
  private readonly env: NodeJS.ProcessEnv;
  private scan: { key: string; at: number; result: Promise<ScanResult>; settled: boolean } | null = null;

  constructor(private readonly opts: MediaOptions) {
    this.store = new LibraryStore(opts.paths.dataDir);
    this.osMemory = new OsMemory(opts.paths.cacheDir);
    this.home = opts.home ?? os.homedir();
    this.env = opts.env ?? process.env;
  }

  listFolder = ({ path: p, kind, showHidden }: Arg<'listFolder'>): Promise<FolderListing> => listFolder(p, { kind, showHidden });

  fileBookmarks = async (): Promise<Bookmark[]> => bookmarks(this.home, this.env, (await this.chosen()).folders);

  mediaLibrary = async ({ rescan }: Arg<'mediaLibrary'>): Promise<MediaLibrary> => this.library(rescan === true);

  setLibraryFolders = async ({ folders }: Arg<'setLibraryFolders'>): Promise<MediaLibrary> => {
    const list = normaliseFolders(folders);
    for (const [i, folder] of list.entries()) await mustBeFolder(folder, `folders.${i}`);
    await this.store.write(list);
    return this.library(true);
  };

  libraryOs = async ({ path: file }: Arg<'libraryOs'>): Promise<LibraryOs> => {
    const shown = path.resolve(file);
    const st = await fs.stat(shown).catch((err: unknown) => {
      throw folderError(shown, err);
    });
    if (!st.isFile()) throw new ApiError('invalid', says('files:chooser.notFile', { file: shown }), { field: 'path' });
    const { head, size } = await readHead(shown, 64 * 1024);
    if (!opticalKind(head)) {
      throw new ApiError('invalid', says('files:chooser.notIso', { file: shown, what: describeContent(head, size) }), { field: 'path' });
    }
    const identity = fileIdentity(st);
    const known = await this.osMemory.get(identity);
    if (known) return known;
    const found = await detectOs(shown);
    const result: LibraryOs = { id: found.os.id, name: found.os.name, source: found.source, volumeId: found.volumeId };
    await this.osMemory.set(identity, result);
    return result;
  };

  /** The folders chosen, or Downloads. */
  private async chosen(): Promise<LibraryChoice> {
    const choice = await this.store.read();
    return choice.isDefault ? { ...choice, folders: [await downloadsDir(this.home, this.env)] } : choice;
  }

  private async library(rescan: boolean): Promise<MediaLibrary> {
    const choice = await this.chosen();
    const key = choice.folders.join('\0');
    const current = this.scan;
    const fresh = current && current.key === key && Date.now() - current.at <= SCAN_FRESH_MS;
    // Rescan joins a scan of the same folders still under way: repeated clicks do not stack scans.
    if (!current || !fresh || (rescan && current.settled)) {
      const result = scanLibrary(choice.folders, this.opts.limits ?? SCAN_LIMITS);
      const scan = { key, at: Date.now(), result, settled: false };
      this.scan = scan;
      result.then(
        () => (scan.settled = true),
        () => {
          if (this.scan === scan) this.scan = null; // a failed scan is not remembered (a newer one is kept)
        },
      );
    }
    const { at, result } = this.scan!;
    const scan = await result;
    const users = await this.usersOfFiles();
    const items: LibraryItem[] = [];
    for (const f of scan.found) {
      items.push({
        path: f.path,
        name: f.name,
        folder: f.folder,
        kind: f.kind,
        format: f.format,
        size: f.size,
        modified: f.modified,
        os: f.kind === 'iso' ? await this.osMemory.get(f.identity) : null,
        usedBy: users.get(f.realPath) ?? [],
      });
    }
    // Downloads is there by default, not by choice: it has no Remove button, so a problem with it points to Add folder.
    const folders = choice.isDefault
      ? scan.folders.map((f) => (f.problem ? { ...f, problem: says('files:library.defaultMissing', { folder: f.path }) } : f))
      : scan.folders;
    return { folders, isDefault: choice.isDefault, items, scannedAt: at, limited: scan.limited, notice: choice.notice };
  }

  /** Real path -> the VMs whose CD-ROM, disk, kernel or initrd it is (read afresh: VMs change more often than media). */
  private async usersOfFiles(): Promise<Map<string, Array<{ id: string; name: string }>>> {
    const out = new Map<string, Array<{ id: string; name: string }>>();
    for (const vm of await this.opts.vmConfigs()) {
      const dir = vmDir(this.opts.paths, vm.id);
      const files = [
        ...vm.disks.map((d) => path.resolve(dir, d.file)),
        ...vm.cdroms.flatMap((c) => (c.file ? [c.file] : [])),
        ...(vm.kernel ? [vm.kernel.kernel, ...(vm.kernel.initrd ? [vm.kernel.initrd] : [])] : []),
      ];
      for (const f of files) {
        const real = await fs.realpath(f).catch(() => f);
        const list = out.get(real) ?? [];
        if (!list.some((u) => u.id === vm.id)) list.push({ id: vm.id, name: vm.name });
        out.set(real, list);
      }
    }
    return out;
  }
}

async function mustBeFolder(folder: string, field: string): Promise<void> {
  const st = await fs.stat(folder).catch((err: unknown) => {
    throw withDetails(folderError(folder, err), { field, path: folder });
  });
  if (!st.isDirectory()) throw new ApiError('invalid', says('files:chooser.isFile', { folder }), { field });
  await fs.access(folder, fs.constants.R_OK | fs.constants.X_OK).catch(() => {
    throw new ApiError('io', says('files:chooser.unreadable', { folder }), { field });
  });
}
