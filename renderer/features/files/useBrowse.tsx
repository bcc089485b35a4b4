import { useState, type ReactNode } from 'react';
import type { FileKind } from '../../../shared/schemas/media-methods.js';
import { FileChooserDialog } from './FileChooserDialog.js';
import { nativePicker } from './file-actions.js';

const folderOf = (p: string) => (p.startsWith('/') ? p.slice(0, p.lastIndexOf('/') + 1) || '/' : undefined);

/**
 * "Browse…" for a kind of file: the desktop's own dialog in the desktop app (through the preload), the
 * engine's chooser in a browser. Render `dialog` somewhere; call browse(start) to ask.
 */
export function useBrowse(kind: FileKind, onPicked: (path: string) => void): { browse: (start: string) => void; dialog: ReactNode } {
  const [start, setStart] = useState<string | null>(null);

  function browse(from: string) {
    const native = nativePicker();
    if (!native) return setStart(from.trim());
    // Should the desktop's dialog fail to open, the engine's chooser still can.
    void native(kind, kind === 'folder' ? from.trim() || undefined : folderOf(from.trim())).then(
      (path) => path && onPicked(path),
      () => setStart(from.trim()),
    );
  }

  const dialog = start === null ? null : <FileChooserDialog kind={kind} start={start} onPick={onPicked} onClose={() => setStart(null)} />;
  return { browse, dialog };
}
