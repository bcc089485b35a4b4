import type { ConsoleStream } from '../../../shared/api.js';
import { accessToken } from '../../api/token.js';
import { loadWindowGeometry, saveWindowGeometry } from './console-prefs.js';
import { consoleWindowUrl, windowFeatures, windowName, type ConsoleWindowParams } from './console-window-url.js';

const DEFAULT_SIZE: Record<ConsoleStream, { width: number; height: number }> = {
  serial0: { width: 900, height: 560 },
  hvc0: { width: 900, height: 560 },
  monitor: { width: 900, height: 560 },
  // VGA's usual 1024x768 at a readable scale, plus the header and toolbar.
  vnc: { width: 1040, height: 720 },
};

/** Windows this page opened, so a second click brings the one already open to the front. */
const opened = new Map<string, Window>();

/** "Open in a new window": this page again, showing only that console, where it was last time. */
export function openConsoleWindow(p: ConsoleWindowParams): void {
  const name = windowName(p);
  const known = opened.get(name);
  if (known && !known.closed) {
    known.focus();
    return;
  }
  const url = consoleWindowUrl(window.location.href, p, accessToken());
  const win = window.open(url, name, windowFeatures(loadWindowGeometry(p.vmId, p.stream), DEFAULT_SIZE[p.stream]));
  if (win) opened.set(name, win);
}

/**
 * Run inside a console window: remember its size and place for next time. Moving a window fires no
 * event, so the place is taken when it closes; resizing is saved as it happens (a crash keeps it too).
 */
export function rememberWindowGeometry(p: ConsoleWindowParams): () => void {
  const save = () =>
    saveWindowGeometry(p.vmId, p.stream, {
      width: window.innerWidth,
      height: window.innerHeight,
      left: window.screenX,
      top: window.screenY,
    });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onResize = () => {
    clearTimeout(timer);
    timer = setTimeout(save, 400);
  };
  window.addEventListener('resize', onResize);
  window.addEventListener('beforeunload', save);
  return () => {
    clearTimeout(timer);
    window.removeEventListener('resize', onResize);
    window.removeEventListener('beforeunload', save);
  };
}
