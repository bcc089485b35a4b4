// What the window's pages may ask Chromium for: only what VirtDesk uses, and only from our own page.
// Everything else (camera, microphone, geolocation, notifications, MIDI, USB, HID, serial...) is
// refused without asking the person. Pure, so it is unit-tested without Electron.
import { APP_ORIGIN } from '../server/app-origin.js';

/** The console's copy and paste (terminal-clipboard.ts), and its full-screen button (useFullscreen.ts). */
const USED = new Set(['clipboard-read', 'clipboard-sanitized-write', 'fullscreen']);

/** requestingUrl: the page (or origin) asking, as Electron gives it. */
export function allowPermission(permission: string, requestingUrl: string): boolean {
  // Compared as text: URL's origin of a custom scheme is "null".
  const ours = requestingUrl === APP_ORIGIN || requestingUrl.startsWith(`${APP_ORIGIN}/`);
  return ours && USED.has(permission);
}
