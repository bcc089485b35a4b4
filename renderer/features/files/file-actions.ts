// The file chooser's engine calls, and the desktop app's own Open dialog when VirtDesk runs as one.
import type { Bookmark, FileKind, FolderListing } from '../../../shared/schemas/media-methods.js';
import { api } from '../../api/client.js';

/** One folder of the engine's machine; throws the ApiError (it names the path and what to do). */
export function listFolder(path: string, kind: FileKind, showHidden: boolean): Promise<FolderListing> {
  return api().listFolder({ path, kind, showHidden });
}

export function fileBookmarks(): Promise<Bookmark[]> {
  return api().fileBookmarks();
}

/**
 * The desktop's Open dialog (Electron's preload offers it), or null in a browser, where the engine's
 * chooser is used: a browser's own file input gives a name, never the path the engine needs.
 */
export function nativePicker(): ((kind: FileKind, startIn?: string) => Promise<string | null>) | null {
  const bridge = window.virtdesk;
  return typeof bridge?.pickFile === 'function' ? (kind, startIn) => bridge.pickFile(kind, startIn) : null;
}
