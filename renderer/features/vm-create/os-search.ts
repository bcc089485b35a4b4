// The OS step's search over the whole OS list (libosinfo's hundreds where it is installed). Pure.
import type { OsInfo } from '../../../shared/api.js';

export const FAMILY: Record<OsInfo['family'], string> = { linux: 'Linux', bsd: 'BSD', windows: 'Windows', other: 'Other' };

/** Rows the list shows at most: a radio per OS for all 800 makes every keystroke slow, and nobody scrolls that far. */
export const OS_LIST_LIMIT = 150;

/** Every word of the filter in the OS's name, id or family ("win 11", "debian 12", "bsd"). */
export function osMatches(os: OsInfo, filter: string): boolean {
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  const text = `${os.name} ${os.id} ${FAMILY[os.family]}`.toLowerCase();
  return words.every((w) => text.includes(w));
}

/**
 * What the list shows for a filter: the first OS_LIST_LIMIT matches in the engine's order, and the
 * selected OS first when it would be cut off (it must stay visible and checked).
 */
export function searchOs(list: readonly OsInfo[], filter: string, selectedId: string | null): { shown: OsInfo[]; matches: number } {
  const all = list.filter((o) => osMatches(o, filter));
  const shown = all.slice(0, OS_LIST_LIMIT);
  const selected = selectedId ? all.find((o) => o.id === selectedId) : undefined;
  if (selected && !shown.includes(selected)) shown.unshift(selected);
  return { shown, matches: all.length };
}
