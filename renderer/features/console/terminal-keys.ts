/** What the app, not the guest, does with a key in the terminal. */
export type TerminalKeyAction = 'copy' | 'paste' | 'find';

/**
 * Ctrl+Shift+C / V / F, as in desktop terminal emulators: plain Ctrl+C must reach the guest (it
 * interrupts the running program), so copy and paste take Shift too.
 */
export function terminalKeyAction(
  ev: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'shiftKey' | 'altKey' | 'metaKey'>,
): TerminalKeyAction | null {
  if (!ev.ctrlKey || !ev.shiftKey || ev.altKey || ev.metaKey) return null;
  switch (ev.key.toLowerCase()) {
    case 'c':
      return 'copy';
    case 'v':
      return 'paste';
    case 'f':
      return 'find';
    default:
      return null;
  }
}
