import type { ConsoleStream } from '../../../shared/api.js';
import { isConsoleStream } from './console-streams.js';
import type { WindowGeometry } from './console-prefs.js';

/** What a page opened as a console window shows: one console of one VM, nothing else. */
export interface ConsoleWindowParams {
  vmId: string;
  stream: ConsoleStream;
}

/** This very page with ?view=console&vm=..&stream=.. (and the server token in web mode). */
export function consoleWindowUrl(pageHref: string, p: ConsoleWindowParams, token: string | null): string {
  const url = new URL(pageHref);
  url.search = '';
  url.hash = '';
  url.searchParams.set('view', 'console');
  url.searchParams.set('vm', p.vmId);
  url.searchParams.set('stream', p.stream);
  if (token) url.searchParams.set('token', token);
  return url.href;
}

/** The console window's parameters, or null for the normal app. */
export function parseConsoleWindow(search: string): ConsoleWindowParams | null {
  const q = new URLSearchParams(search);
  if (q.get('view') !== 'console') return null;
  const vmId = q.get('vm');
  const stream = q.get('stream');
  if (!vmId || !isConsoleStream(stream)) return null;
  return { vmId, stream };
}

/** window.open's features: a popup window (not a tab) where the last one of this console was. */
export function windowFeatures(g: WindowGeometry | null, fallback: { width: number; height: number }): string {
  const size = g ?? { ...fallback, left: null, top: null };
  const parts = [`width=${size.width}`, `height=${size.height}`];
  if (size.left !== null && size.top !== null) parts.push(`left=${size.left}`, `top=${size.top}`);
  return parts.join(',');
}

/** Window names are per VM and console, so a second click finds the window already open. */
export function windowName(p: ConsoleWindowParams): string {
  return `virtdesk-console-${p.vmId.replace(/[^A-Za-z0-9_-]/g, '_')}-${p.stream}`;
}
