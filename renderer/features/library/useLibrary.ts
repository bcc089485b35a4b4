import { useEffect, useState } from 'react';
import type { LibraryOs, MediaLibrary } from '../../../shared/schemas/media-methods.js';
import { describeError } from '../../lib/errors.js';
import { useEngineQuery } from '../../lib/useEngineQuery.js';
import { useVms } from '../../store/vms.js';
import { chooseLibraryFolders, osOfIso, readLibrary } from './library-actions.js';
import { nextToDetect } from './library-view.js';

export interface Library {
  data: MediaLibrary | null;
  error: string | null;
  loading: boolean;
  /** OS detected in this view, by path (or why it could not be), for ISOs the engine had not looked at. */
  detected: Record<string, LibraryOs | { error: string }>;
  /** Detection under way for this path. */
  detecting: string | null;
  rescan: () => void;
  setFolders: (folders: string[]) => Promise<void>;
  /** Why the last rescan or change of folders failed. */
  actionError: string | null;
}

/**
 * The library, read again when a VM changes (its "Used by" may change), and each ISO's OS, detected
 * one at a time (osinfo-detect takes seconds) and remembered by the engine afterwards.
 */
export function useLibrary(): Library {
  const vms = useVms((s) => s.vms);
  const q = useEngineQuery('library', () => readLibrary(), vms);
  const [detected, setDetected] = useState<Record<string, LibraryOs | { error: string }>>({});
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const next = q.data ? nextToDetect(q.data.items, detected) : null;

  useEffect(() => {
    if (!next) return;
    let gone = false;
    osOfIso(next).then(
      (os) => !gone && setDetected((d) => ({ ...d, [next]: os })),
      (err: unknown) => !gone && setDetected((d) => ({ ...d, [next]: { error: describeError(err) } })),
    );
    return () => {
      gone = true;
    };
  }, [next]);

  async function act(call: () => Promise<MediaLibrary>) {
    setBusy(true);
    setActionError(null);
    try {
      q.replace(await call());
    } catch (err) {
      setActionError(describeError(err));
    } finally {
      setBusy(false);
    }
  }

  return {
    data: q.data,
    error: q.error,
    loading: q.loading || busy,
    detected,
    detecting: next,
    rescan: () => void act(() => readLibrary(true)),
    setFolders: (folders) => act(() => chooseLibraryFolders(folders)),
    actionError,
  };
}
