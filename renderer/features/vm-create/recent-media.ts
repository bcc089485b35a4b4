// Install media used before, newest first, kept in localStorage: this browser's (or Electron window's)
// memory, not the engine's, because it is a convenience of the form and nothing else depends on it.

const KEY = 'virtdesk.recentMedia';
export const MAX_RECENT = 6;

/** Pure: the list with `path` moved to the front, without duplicates, at most MAX_RECENT long. */
export function addRecent(list: readonly string[], path: string): string[] {
  const p = path.trim();
  if (!p) return [...list];
  return [p, ...list.filter((x) => x !== p)].slice(0, MAX_RECENT);
}

type Store = Pick<Storage, 'getItem' | 'setItem'>;

function storage(): Store | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // storage disabled (private mode, file:// in some browsers): no list, no error
  }
}

export function readRecentMedia(store: Store | null = storage()): string[] {
  try {
    const parsed: unknown = JSON.parse(store?.getItem(KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === 'string').slice(0, MAX_RECENT) : [];
  } catch {
    return [];
  }
}

export function rememberMedia(path: string, store: Store | null = storage()): void {
  try {
    store?.setItem(KEY, JSON.stringify(addRecent(readRecentMedia(store), path)));
  } catch {
    /* quota or disabled storage: the list is a convenience */
  }
}
