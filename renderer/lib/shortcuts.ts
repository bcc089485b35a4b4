/** One table for the key handler, the menus, the tooltips and the help popover. */
export const SHORTCUTS = {
  newVm: { keys: 'Ctrl+N', aria: 'Control+N', label: 'New VM' },
  start: { keys: 'Ctrl+Shift+S', aria: 'Control+Shift+S', label: 'Start' },
  shutdown: { keys: 'Ctrl+Shift+D', aria: 'Control+Shift+D', label: 'Shut down' },
  forceOff: { keys: 'Ctrl+Shift+K', aria: 'Control+Shift+K', label: 'Force off' },
  // Not Ctrl+R / Ctrl+Shift+R: reload in browsers and in Electron's View menu. B: boot again.
  reboot: { keys: 'Ctrl+Shift+B', aria: 'Control+Shift+B', label: 'Reboot' },
  // S is Start; H as in hibernate, which is what saving the state is to the guest.
  saveState: { keys: 'Ctrl+Shift+H', aria: 'Control+Shift+H', label: 'Save state' },
  // Enter on a list row, not window-wide: Enter belongs to whatever has the focus.
  console: { keys: 'Enter', aria: '', label: 'Console (in the list)' },
  // Delete on a list row, like Enter: in a text field Delete edits the text.
  delete: { keys: 'Delete', aria: '', label: 'Delete VM… (in the list)' },
  details: { keys: 'Ctrl+1', aria: 'Control+1', label: 'Details tab' },
  consoleTab: { keys: 'Ctrl+2', aria: 'Control+2', label: 'Console tab' },
  snapshotsTab: { keys: 'Ctrl+3', aria: 'Control+3', label: 'Snapshots tab' },
  host: { keys: 'Ctrl+H', aria: 'Control+H', label: 'Host page (toggle)' },
  // I as in images: Ctrl+D is the browser's bookmark key.
  disks: { keys: 'Ctrl+I', aria: 'Control+I', label: 'Disks page (toggle)' },
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
