// API methods for files and media: the file chooser and the media library (see methods.ts: the one table they join; method-kit.ts has the building blocks).
import { z } from 'zod';
import type { Message } from '../i18n/message.js';
import { absolutePath } from './fields.js';
import { method, none, returns } from './method-kit.js';
import { said } from './schema-messages.js';

/** What a path field holds: the chooser and the native dialog filter by it. "folder": a folder is chosen, not a file. */
export const fileKind = z.enum(['iso', 'kernel', 'initrd', 'disk', 'any', 'folder'], {
  error: said('validation:files.kind'),
});
export type FileKind = z.output<typeof fileKind>;

/**
 * The file name extensions each kind goes by (lower case, no dot); its name in a type filter is in the
 * catalogs (the chooser's and the desktop dialog's). Kernels mostly have none (vmlinuz-6.1.0-18-amd64,
 * linux): the engine's chooser also looks at the names kernels and initrds go by, and at the content of
 * files whose name says nothing.
 */
export const FILE_KINDS: Record<FileKind, { extensions: readonly string[] }> = {
  iso: { extensions: ['iso'] },
  kernel: { extensions: [] },
  initrd: { extensions: ['img', 'gz', 'cpio', 'xz', 'zst', 'lz4', 'lzma', 'bz2'] },
  disk: { extensions: ['qcow2', 'qcow', 'img', 'raw', 'vmdk', 'vdi', 'vhd', 'vhdx', 'qed'] },
  any: { extensions: [] },
  folder: { extensions: [] },
};

export interface FolderEntry {
  name: string;
  kind: 'folder' | 'file';
  /** Bytes, for a file; null for a folder (and 0 for a block device, whose size stat does not give). */
  size: number | null;
  /** Last modification, ms since 1970. */
  modified: number;
  /** A symbolic link: kind, size and date are its target's. */
  link: boolean;
}

export interface FolderListing {
  /** The folder listed: absolute and normalised ("/a/b/../c/" -> "/a/c"). */
  path: string;
  /** Its parent, null at "/". */
  parent: string | null;
  /** Folders first, then files, each by name as a person sorts ("disk2" before "disk10"). */
  entries: FolderEntry[];
  /** When the path named a file: its folder is listed and this is the file's name. */
  selected: string | null;
  /** What was left out, so the chooser can say so: hidden entries, files of other kinds, entries this user may not read. */
  left: { hidden: number; otherKinds: number; unreadable: number };
  /** The folder holds more entries than a listing shows; the rest are left out. */
  truncated: boolean;
}

export interface Bookmark {
  label: string;
  path: string;
  kind: 'home' | 'downloads' | 'library' | 'root';
}

/** The OS on a library ISO, as the wizard's detection finds it. */
export interface LibraryOs {
  id: string;
  name: string;
  /** libosinfo, the volume label, files on the ISO, or nothing recognised (generic defaults). */
  source: 'osinfo' | 'label' | 'content' | 'none';
  volumeId: string | null;
}

export interface LibraryItem {
  /** Where it was found, inside one of the library's folders. */
  path: string;
  name: string;
  /** The library folder it was found in. */
  folder: string;
  kind: 'iso' | 'disk';
  /** From the content: iso9660 or udf; qcow2, vmdk, vdi... or raw. */
  format: string;
  size: number;
  modified: number;
  /** Detected once and remembered; null until libraryOs has looked (ISOs only). */
  os: LibraryOs | null;
  /** VMs whose CD-ROM, disk, kernel or initrd is this file. */
  usedBy: { id: string; name: string }[];
}

export interface LibraryFolder {
  path: string;
  /** Why it was not scanned (it does not exist, it cannot be read...), with what to do; null when it was. */
  problem: Message | null;
}

export interface MediaLibrary {
  folders: LibraryFolder[];
  /** The user has not chosen folders yet: Downloads is used. */
  isDefault: boolean;
  items: LibraryItem[];
  /** When the folders were last scanned (ms since 1970). */
  scannedAt: number;
  /** Why the scan stopped before it had seen everything, and what to do; null when it saw everything. */
  limited: Message | null;
  /** The saved list of folders could not be used (and what VirtDesk did instead); null when all is well. */
  notice: Message | null;
}

export const MAX_LIBRARY_FOLDERS = 16;

const libraryFolders = z
  .array(absolutePath)
  .max(MAX_LIBRARY_FOLDERS, said('validation:files.libraryFolders', { max: MAX_LIBRARY_FOLDERS }));

export const mediaMethods = {
  /**
   * One folder of the engine's machine for the file chooser: folders first, then files of `kind`
   * (by name and, where cheap, by content), hidden entries only with showHidden, and only what the
   * engine's user may read. A path naming a file lists its folder with that file selected.
   */
  listFolder: method(
    z
      .object({
        path: absolutePath,
        kind: fileKind.default('any'),
        showHidden: z.boolean({ error: said('validation:files.showHidden') }).default(false),
      })
      .strict(),
    returns<FolderListing>(),
  ),
  /** The chooser's places: home, Downloads (XDG user dirs), the library's folders, the file system. */
  fileBookmarks: method(none, returns<Bookmark[]>()),
  /** ISO images and disk images in the library's folders (scanned with limits, remembered for a while). */
  mediaLibrary: method(z.object({ rescan: z.boolean().optional() }).strict(), returns<MediaLibrary>()),
  /** Choose the library's folders (an empty list goes back to Downloads); they are scanned at once. */
  setLibraryFolders: method(z.object({ folders: libraryFolders }).strict(), returns<MediaLibrary>()),
  /** The OS on an ISO image (detected once, then remembered while the file stays the same). */
  libraryOs: method(z.object({ path: absolutePath }).strict(), returns<LibraryOs>()),
};
