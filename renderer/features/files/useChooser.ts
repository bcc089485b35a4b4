import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../../shared/api.js';
import type { Bookmark, FileKind, FolderListing } from '../../../shared/schemas/media-methods.js';
import { i18n } from '../../i18n/i18n.js';
import { describeError } from '../../lib/errors.js';
import { asLocation, expandHome, joinPath, matchPrefix, splitTyped } from './chooser-nav.js';
import { fileBookmarks, listFolder } from './file-actions.js';

/** The folder each kind of field was last picked from, for this window's life: the next Browse starts there. */
const lastFolder = new Map<FileKind, string>();

/** A typed location is listed once typing pauses this long: a listing per key would be wasted. */
const TYPING_PAUSE_MS = 200;

export interface Chooser {
  listing: FolderListing | null;
  places: Bookmark[];
  /** The selected row of listing.entries, -1 for none. */
  active: number;
  setActive: (i: number) => void;
  location: string;
  /** What the engine said about the last path asked for (it does not exist, it cannot be read...). */
  error: string | null;
  loading: boolean;
  filter: FileKind;
  setFilter: (k: FileKind) => void;
  showHidden: boolean;
  setShowHidden: (on: boolean) => void;
  /** List a folder (a place, a double-clicked folder, the parent), with the entry `select` selected if given. */
  open: (folder: string, select?: string) => void;
  /** The location field changed: list what it names once typing pauses. */
  type: (text: string) => void;
  /**
   * Enter in the location field: the file it names, or the entry a half-typed name selected (to pick or
   * open), or null after listing the folder it names.
   */
  submit: () => Promise<string | null>;
  remember: (file: string) => void;
}

/**
 * The engine's file chooser's state: the listed folder, the selection, the location field, the
 * filter and the places. `start` is the field's current value (its folder is listed, with the file
 * selected); without one, the last folder used for this kind, else Downloads, else home.
 */
export function useChooser(kind: FileKind, start: string): Chooser {
  const [filter, setFilter] = useState<FileKind>(kind);
  const [showHidden, setShowHidden] = useState(false);
  const [listing, setListing] = useState<FolderListing | null>(null);
  const [active, setActive] = useState(-1);
  const [location, setLocation] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [places, setPlaces] = useState<Bookmark[]>([]);
  const seq = useRef(0);
  /** The person typed or chose a place: the opening's own listings (field, last folder, Downloads) give way. */
  const acted = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const home = places.find((p) => p.kind === 'home')?.path ?? null;
  const opts = useRef({ filter, showHidden });
  opts.current = { filter, showHidden };

  /**
   * List `path`. typed: the location field keeps what the person typed, and a half-typed name lists
   * its folder with the first matching entry selected. Answers to earlier requests are dropped.
   */
  const load = useCallback(async (path: string, typed: boolean, keep?: string): Promise<FolderListing | null> => {
    const n = ++seq.current;
    const { filter: f, showHidden: h } = opts.current;
    setLoading(true);
    const show = (l: FolderListing, select: number) => {
      setListing(l);
      setActive(select);
      setError(null);
      if (!typed) setLocation(asLocation(l.path));
    };
    try {
      const l = await listFolder(path, f, h);
      if (n !== seq.current) return null;
      const name = l.selected ?? keep;
      show(l, name ? l.entries.findIndex((e) => e.name === name) : l.entries.length ? 0 : -1);
      return l;
    } catch (err) {
      if (n !== seq.current) return null;
      const { folder, prefix } = splitTyped(path);
      if (typed && prefix && err instanceof ApiError && err.code === 'not-found') {
        const l = await listFolder(folder, f, h).catch(() => null);
        if (n !== seq.current) return null;
        if (l) {
          show(l, matchPrefix(l.entries, prefix));
          return null;
        }
      }
      setError(describeError(err));
      return null;
    } finally {
      if (n === seq.current) setLoading(false);
    }
  }, []);

  /** Forget what is on its way: a listing asked for and the typing pause. */
  const dropPending = useCallback(() => {
    seq.current++;
    if (timer.current) clearTimeout(timer.current);
  }, []);

  // First the field's own path; the places arrive beside it and give the fallback.
  useEffect(() => {
    let gone = false;
    const placesCall = fileBookmarks().catch(() => [] as Bookmark[]);
    void placesCall.then((p) => !gone && setPlaces(p));
    void (async () => {
      const first = start.startsWith('/') ? start : lastFolder.get(kind);
      if (first && (await load(first, false))) return;
      const p = await placesCall;
      const fallback = p.find((b) => b.kind === 'downloads') ?? p.find((b) => b.kind === 'home') ?? p[0];
      if (!gone && fallback && !acted.current) await load(fallback.path, false);
    })();
    return () => {
      gone = true;
      dropPending();
    };
  }, [kind, start, load, dropPending]);

  // A new filter or the hidden toggle: the same folder again, the same entry selected if still there.
  const selectedName = listing && active >= 0 ? listing.entries[active]?.name : undefined;
  const relist = useRef<{ path: string; name?: string } | null>(null);
  relist.current = listing ? { path: listing.path, name: selectedName } : null;
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (relist.current) void load(relist.current.path, false, relist.current.name);
  }, [filter, showHidden, load]);

  const open = useCallback(
    (folder: string, select?: string) => {
      acted.current = true;
      void load(folder, false, select);
    },
    [load],
  );

  const type = useCallback(
    (text: string) => {
      setLocation(text);
      // What the person types wins: a listing still on its way (the opening's, under load) must not
      // replace the location or clear the error this text gets.
      acted.current = true;
      seq.current++;
      setLoading(false);
      if (timer.current) clearTimeout(timer.current);
      const path = expandHome(text, home);
      if (!path) return;
      if (!path.startsWith('/')) {
        setError(i18n.t('media:chooser.fullPath'));
        return;
      }
      timer.current = setTimeout(() => void load(path, true), TYPING_PAUSE_MS);
    },
    [home, load],
  );

  const submit = useCallback(async (): Promise<string | null> => {
    acted.current = true;
    if (timer.current) clearTimeout(timer.current);
    const path = expandHome(location, home);
    if (!path.startsWith('/')) {
      setError(i18n.t('media:chooser.fullPath'));
      return null;
    }
    // A half-typed name already selected its entry (GTK's completion): Enter takes that entry.
    const { folder, prefix } = splitTyped(path);
    const typedMatch = listing && prefix && listing.path === folder ? listing.entries[active] : undefined;
    if (listing && typedMatch && typedMatch.name !== prefix && typedMatch.name.toLowerCase().startsWith(prefix.toLowerCase())) {
      return joinPath(listing.path, typedMatch.name);
    }
    const l = await load(path, false);
    if (!l?.selected) return null;
    return joinPath(l.path, l.selected);
  }, [location, home, load, listing, active]);

  const remember = useCallback((file: string) => lastFolder.set(kind, splitTyped(file).folder), [kind]);

  return {
    listing,
    places,
    active,
    setActive,
    location,
    error,
    loading,
    filter,
    setFilter,
    showHidden,
    setShowHidden,
    open,
    type,
    submit,
    remember,
  };
}
