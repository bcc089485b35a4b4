import { i18n } from '../i18n/i18n.js';

/**
 * One table for the key handler, the menus, the tooltips and the help popover. `keys` is what the key
 * handler and aria-keyshortcuts mean; people read it through keysLabel(), in their keyboard's words.
 */
export const SHORTCUTS = {
  newVm: { keys: 'Ctrl+N', aria: 'Control+N', label: 'app:shortcuts.newVm' },
  start: { keys: 'Ctrl+Shift+S', aria: 'Control+Shift+S', label: 'app:shortcuts.start' },
  shutdown: { keys: 'Ctrl+Shift+D', aria: 'Control+Shift+D', label: 'app:shortcuts.shutdown' },
  forceOff: { keys: 'Ctrl+Shift+K', aria: 'Control+Shift+K', label: 'app:shortcuts.forceOff' },
  // Not Ctrl+R / Ctrl+Shift+R: reload in browsers and in Electron's View menu. B: boot again.
  reboot: { keys: 'Ctrl+Shift+B', aria: 'Control+Shift+B', label: 'app:shortcuts.reboot' },
  // S is Start; H as in hibernate, which is what saving the state is to the guest.
  saveState: { keys: 'Ctrl+Shift+H', aria: 'Control+Shift+H', label: 'app:shortcuts.saveState' },
  // Enter on a list row, not window-wide: Enter belongs to whatever has the focus.
  console: { keys: 'Enter', aria: '', label: 'app:shortcuts.console' },
  // Delete on a list row, like Enter: in a text field Delete edits the text.
  delete: { keys: 'Delete', aria: '', label: 'app:shortcuts.delete' },
  details: { keys: 'Ctrl+1', aria: 'Control+1', label: 'app:shortcuts.details' },
  consoleTab: { keys: 'Ctrl+2', aria: 'Control+2', label: 'app:shortcuts.consoleTab' },
  snapshotsTab: { keys: 'Ctrl+3', aria: 'Control+3', label: 'app:shortcuts.snapshotsTab' },
  host: { keys: 'Ctrl+H', aria: 'Control+H', label: 'app:shortcuts.host' },
  // I as in images: Ctrl+D is the browser's bookmark key.
  disks: { keys: 'Ctrl+I', aria: 'Control+I', label: 'app:shortcuts.disks' },
} as const;

/** The keys whose printed name differs between keyboards (Maj, Entrée, Suppr on a French one). */
const KEY_NAMES = { Shift: 'app:keys.shift', Enter: 'app:keys.enter', Delete: 'app:keys.delete' } as const;

/** Keys as a person reads them: "Ctrl+Shift+S", "Ctrl+Maj+S"; "Delete", "Suppr". */
export function keysLabel(keys: string): string {
  return keys
    .split('+')
    .map((k) => (Object.hasOwn(KEY_NAMES, k) ? i18n.t(KEY_NAMES[k as keyof typeof KEY_NAMES]) : k))
    .join('+');
}

/** A shortcut's keys as a person reads them. */
export const shortcutKeys = (id: ShortcutId): string => keysLabel(SHORTCUTS[id].keys);

export type ShortcutId = keyof typeof SHORTCUTS;

/** Maps a keydown to a shortcut, or null. Ctrl and Cmd count the same. */
export function matchShortcut(ev: KeyboardEvent): ShortcutId | null {
  const mod = ev.ctrlKey || ev.metaKey;
  if (!mod || ev.altKey) return null;
  const key = ev.key.toLowerCase();
  if (!ev.shiftKey) {
    if (key === 'n') return 'newVm';
    if (key === '1') return 'details';
    if (key === '2') return 'consoleTab';
    if (key === '3') return 'snapshotsTab';
    if (key === 'h') return 'host';
    if (key === 'i') return 'disks';
    return null;
  }
  if (key === 's') return 'start';
  if (key === 'd') return 'shutdown';
  if (key === 'k') return 'forceOff';
  if (key === 'b') return 'reboot';
  if (key === 'h') return 'saveState';
  return null;
}
