// The media library's engine calls, and what the desktop app hands over about files (a dropped ISO,
// an ISO opened with VirtDesk from the file manager).
import type { LibraryOs, MediaLibrary } from '../../../shared/schemas/media-methods.js';
import { api } from '../../api/client.js';

/** The library (a scan remembered for a minute; rescan: look again now). */
export function readLibrary(rescan = false): Promise<MediaLibrary> {
  return api().mediaLibrary({ rescan });
}

/** Choose the folders ([] = Downloads again); the answer is the library scanned anew. */
export function chooseLibraryFolders(folders: string[]): Promise<MediaLibrary> {
  return api().setLibraryFolders({ folders });
}

/** The OS on one ISO (seconds the first time: osinfo-detect; remembered after). */
export function osOfIso(path: string): Promise<LibraryOs> {
  return api().libraryOs({ path });
}

/** In the desktop app, the ISO images the desktop asks VirtDesk to open; in a browser, nothing. Returns the unsubscribe. */
export function onOpenedFiles(listener: (path: string) => void): () => void {
  return window.virtdesk?.onOpenFile(listener) ?? (() => {});
}

/** The path of a dropped file, which only the desktop app knows: null in a browser (it keeps paths from pages). */
export function pathOfDropped(file: File): string | null {
  return window.virtdesk ? window.virtdesk.pathOfFile(file) || null : null;
}
