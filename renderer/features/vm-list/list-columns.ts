// The VM list's optional columns and which of them show, remembered in localStorage (per browser
// profile, like a file manager's column choice; not worth a round trip to the engine).
import { create } from 'zustand';

export type ColumnId = 'cpu' | 'memory' | 'disk' | 'net' | 'ram' | 'vcpus';

/**
 * Its words are in the vmList catalog: columns.<id>.header (short, the cells are narrow) and
 * columns.<id>.menu (in the column menu, where there is room to say what it is).
 */
export interface ColumnDef {
  id: ColumnId;
  /** px; the name column takes what is left. */
  width: number;
}

/** In table order, after Name and State. */
export const COLUMNS: readonly ColumnDef[] = [
  { id: 'cpu', width: 100 },
  { id: 'memory', width: 116 },
  { id: 'disk', width: 124 },
  { id: 'net', width: 124 },
  { id: 'ram', width: 80 },
  { id: 'vcpus', width: 64 },
];

/** CPU and memory graphs: what virt-manager's list shows; the rest is a click away. */
export const DEFAULT_COLUMNS: readonly ColumnId[] = ['cpu', 'memory'];

/**
 * The fixed columns around the optional ones: State, and the column menu's own at the end. State fits
 * its longest badge in either language ("shutting down", "arrêt en cours").
 */
export const STATE_WIDTH = 120;
export const MENU_WIDTH = 28;
/** The name keeps at least this much; it is what the list is for. */
export const NAME_MIN = 112;

/**
 * The chosen columns that fit a table `width` px wide, in table order, and those left out for want of
 * room (the menu says so). A later, narrower column may still fit where an earlier one did not.
 * Width 0 (not measured yet) fits everything.
 */
export function fitColumns(chosen: readonly ColumnId[], width: number): { shown: ColumnId[]; squeezed: ColumnId[] } {
  const shown: ColumnId[] = [];
  const squeezed: ColumnId[] = [];
  let room = width - NAME_MIN - STATE_WIDTH - MENU_WIDTH;
  for (const c of COLUMNS) {
    if (!chosen.includes(c.id)) continue;
    if (width > 0 && c.width > room) {
      squeezed.push(c.id);
      continue;
    }
    shown.push(c.id);
    room -= c.width;
  }
  return { shown, squeezed };
}

const KEY = 'virtdesk.vmList.columns';

/** The saved choice, or the default when there is none or it is mangled; unknown ids are dropped. */
export function parseColumns(text: string | null): ColumnId[] {
  if (text === null) return [...DEFAULT_COLUMNS];
  try {
    const raw: unknown = JSON.parse(text);
    if (!Array.isArray(raw)) return [...DEFAULT_COLUMNS];
    return COLUMNS.map((c) => c.id).filter((id) => raw.includes(id));
  } catch {
    return [...DEFAULT_COLUMNS];
  }
}

function load(): ColumnId[] {
  try {
    return parseColumns(localStorage.getItem(KEY));
  } catch {
    return [...DEFAULT_COLUMNS]; // storage disabled: the list simply forgets
  }
}

export const useListColumns = create<{ visible: readonly ColumnId[] }>(() => ({ visible: load() }));

export function showColumn(id: ColumnId, on: boolean): void {
  const now = useListColumns.getState().visible;
  const visible = COLUMNS.map((c) => c.id).filter((c) => (c === id ? on : now.includes(c)));
  useListColumns.setState({ visible });
  try {
    localStorage.setItem(KEY, JSON.stringify(visible));
  } catch {
    /* forgotten, see load() */
  }
}
