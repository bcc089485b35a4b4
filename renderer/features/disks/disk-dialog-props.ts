import type { DiskEntry } from '../../../shared/api.js';

/** What each disk dialog gets from DiskDialogs: the image (kept while the dialog closes) and what to call after. */
export interface DiskDialogProps {
  entry: DiskEntry | null;
  open: boolean;
  onClose: () => void;
  /** The image changed (resized, converted, deleted): the list reloads. */
  onChanged: () => void;
}
