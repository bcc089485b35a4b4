// The OS step's search over the whole OS list (libosinfo's hundreds where it is installed). Pure.
import type { OsInfo } from '../../../shared/api.js';

/** Rows the list shows at most: a radio per OS for all 800 makes every keystroke slow, and nobody scrolls that far. */
export const OS_LIST_LIMIT = 150;

/** What a row shows of an OS (its name and family, in the reader's language): searched too. */
export type OsShownAs = (os: OsInfo) => string;

/**
 * Every word of the filter in the OS's name, id or family ("win 11", "debian 12", "bsd"), as the engine
 * names them or as the row shows them ("générique", "autre" in French).
 */
export function osMatches(os: OsInfo, filter: string, shownAs?: OsShownAs): boolean {
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  const text = `${os.name} ${os.id} ${os.family} ${shownAs?.(os) ?? ''}`.toLowerCase();
  return words.every((w) => text.includes(w));
}

/**
 * What the list shows for a filter: the first OS_LIST_LIMIT matches in the engine's order, and the
 * selected OS first when it would be cut off (it must stay visible and checked).
 */
export function searchOs(
  list: readonly OsInfo[],
  filter: string,
  selectedId: string | null,
  shownAs?: OsShownAs,
): { shown: OsInfo[]; matches: number } {
  const all = list.filter((o) => osMatches(o, filter, shownAs));
  const shown = all.slice(0, OS_LIST_LIMIT);
  const selected = selectedId ? all.find((o) => o.id === selectedId) : undefined;
  if (selected && !shown.includes(selected)) shown.unshift(selected);
  return { shown, matches: all.length };
}
