/** One table for the key handler, the menus, the tooltips and the help popover. */
export const SHORTCUTS = {
  newVm: { keys: 'Ctrl+N', aria: 'Control+N', label: 'New VM' },
  start: { keys: 'Ctrl+Shift+S', aria: 'Control+Shift+S', label: 'Start' },
  shutdown: { keys: 'Ctrl+Shift+D', aria: 'Control+Shift+D', label: 'Shut down' },
  forceOff: { keys: 'Ctrl+Shift+K', aria: 'Control+Shift+K', label: 'Force off' },
  // Enter on a list row, not window-wide: Enter belongs to whatever has the focus.
  console: { keys: 'Enter', aria: '', label: 'Console (in the list)' },
  // Delete on a list row, like Enter: in a text field Delete edits the text.
  delete: { keys: 'Delete', aria: '', label: 'Delete VM… (in the list)' },
  details: { keys: 'Ctrl+1', aria: 'Control+1', label: 'Details tab' },
  consoleTab: { keys: 'Ctrl+2', aria: 'Control+2', label: 'Console tab' },
  host: { keys: 'Ctrl+H', aria: 'Control+H', label: 'Host page (toggle)' },
} as const;

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
    if (key === 'h') return 'host';
    return null;
  }
  if (key === 's') return 'start';
  if (key === 'd') return 'shutdown';
  if (key === 'k') return 'forceOff';
  return null;
}
