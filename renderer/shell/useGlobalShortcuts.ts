import { useEffect } from 'react';
import { matchShortcut, type ShortcutId } from '../lib/shortcuts.js';
import { useUi } from '../store/ui.js';
import { useVms } from '../store/vms.js';
import { runShortcut } from '../features/vm-list/vm-commands.js';

const POWER: ReadonlySet<ShortcutId> = new Set(['start', 'shutdown', 'forceOff', 'reboot', 'saveState']);

function inTerminal(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('.xterm') !== null;
}

/** The VM's screen has the keyboard: every key is the guest's, as with a real machine's keyboard. */
function inGuestScreen(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('[data-guest-screen]') !== null;
}

function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}

/**
 * Window-wide shortcuts. In the terminal, plain Ctrl keys belong to the guest (Ctrl+N is readline's),
 * but Ctrl+Shift keys belong to the application, as in desktop terminal emulators; the capture phase
 * lets us take those before xterm turns them into control characters. The VM's screen (VNC) keeps
 * every key: Ctrl+Alt gives the keyboard back.
 */
export function useGlobalShortcuts(): void {
  useEffect(() => {
    function onKeyDown(ev: KeyboardEvent) {
      const id = matchShortcut(ev);
      if (!id || useUi.getState().createOpen || inGuestScreen(ev.target)) return;
      if (inTerminal(ev.target) ? !POWER.has(id) : isTextEntry(ev.target)) return;
      ev.preventDefault();
      ev.stopPropagation();
      const { selectedId, vms, busy } = useVms.getState();
      const vm = selectedId ? (vms[selectedId] ?? null) : null;
      runShortcut(id, vm, vm ? !!busy[vm.id] : false);
    }
    window.addEventListener('keydown', onKeyDown, { capture: true });
    // The desktop app's menu (New VM, Host) does what the same shortcut does.
    const offMenu = window.virtdesk?.onMenu((id) => {
      const { selectedId, vms } = useVms.getState();
      runShortcut(id, selectedId ? (vms[selectedId] ?? null) : null, false);
    });
    return () => {
      window.removeEventListener('keydown', onKeyDown, { capture: true });
      offMenu?.();
    };
  }, []);
}
