import { useEffect, useState } from 'react';
import type { DiskEntry } from '../../../shared/api.js';
import { CheckDiskDialog } from './CheckDiskDialog.js';
import { ConvertDiskDialog } from './ConvertDiskDialog.js';
import { DeleteBaseDialog } from './DeleteBaseDialog.js';
import type { DiskRequest } from './disk-actions.js';
import { ResizeDiskDialog } from './ResizeDiskDialog.js';

/** The dialog a button or menu asked for. The image stays set while a dialog closes, so its text stays. */
export function DiskDialogs({ request, onClose, onChanged }: { request: DiskRequest | null; onClose: () => void; onChanged: () => void }) {
  const [entry, setEntry] = useState<DiskEntry | null>(request?.entry ?? null);
  useEffect(() => {
    if (request) setEntry(request.entry);
  }, [request]);
  const kind = request?.kind;
  return (
    <>
      <ResizeDiskDialog entry={entry} open={kind === 'resize'} onClose={onClose} onChanged={onChanged} />
      <ConvertDiskDialog entry={entry} open={kind === 'convert'} onClose={onClose} onChanged={onChanged} />
      <CheckDiskDialog entry={entry} open={kind === 'check'} onClose={onClose} />
      <DeleteBaseDialog entry={entry} open={kind === 'delete-base'} onClose={onClose} onChanged={onChanged} />
    </>
  );
}
