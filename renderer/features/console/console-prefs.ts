// What the consoles remember in localStorage: the terminal font size, the serial terminal's geometry,
// each VM's last console, and the size and place of each console window. Per browser profile, like a terminal emulator's settings;
// none of it is worth a round trip to the engine.
import type { ConsoleStream } from '../../../shared/api.js';
import { isConsoleStream } from './console-streams.js';

export const FONT_SIZE_DEFAULT = 13;
export const FONT_SIZE_MIN = 8;
export const FONT_SIZE_MAX = 32;

/** Columns and rows of the serial terminal: fixed, whatever the pane (a serial line carries no size). */
export interface TermGeometry {
  cols: number;
  rows: number;
}

/** The sizes a person can choose: the VT100's 80x24, the PC console's 80x25 and two larger ones. */
export const TERM_GEOMETRIES: readonly TermGeometry[] = [
  { cols: 80, rows: 25 },
  { cols: 80, rows: 24 },
  { cols: 100, rows: 30 },
  { cols: 132, rows: 43 },
];
export const TERM_GEOMETRY_DEFAULT = TERM_GEOMETRIES[0]!;

export const geometryLabel = (g: TermGeometry) => `${g.cols}×${g.rows}`;

export interface WindowGeometry {
  width: number;
  height: number;
  left: number;
  top: number;
}

const KEY = {
  fontSize: 'virtdesk.console.fontSize',
  geometry: 'virtdesk.console.geometry',
  stream: (vmId: string) => `virtdesk.console.stream.${vmId}`,
  window: (vmId: string, stream: ConsoleStream) => `virtdesk.console.window.${vmId}.${stream}`,
};

// Storage can be disabled or full; the consoles then simply forget.
function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    /* forgotten, see above */
  }
}

export function clampFontSize(value: unknown): number {
  const n = typeof value === 'string' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isFinite(n)) return FONT_SIZE_DEFAULT;
  return Math.min(FONT_SIZE_MAX, Math.max(FONT_SIZE_MIN, Math.round(n)));
}

export const loadFontSize = (): number => clampFontSize(read(KEY.fontSize) ?? FONT_SIZE_DEFAULT);
export const saveFontSize = (size: number): void => write(KEY.fontSize, String(clampFontSize(size)));

/** One of TERM_GEOMETRIES from its saved "80x25", else the default. */
export function parseTermGeometry(text: string | null): TermGeometry {
  const m = /^(\d+)x(\d+)$/.exec(text ?? '');
  return TERM_GEOMETRIES.find((g) => m && g.cols === Number(m[1]) && g.rows === Number(m[2])) ?? TERM_GEOMETRY_DEFAULT;
}

export const loadTermGeometry = (): TermGeometry => parseTermGeometry(read(KEY.geometry));
export const saveTermGeometry = (g: TermGeometry): void => write(KEY.geometry, `${g.cols}x${g.rows}`);

export function loadStream(vmId: string): ConsoleStream | null {
  const s = read(KEY.stream(vmId));
  return isConsoleStream(s) ? s : null;
}

export const saveStream = (vmId: string, stream: ConsoleStream): void => write(KEY.stream(vmId), stream);

/** A saved geometry, or null when it is missing, mangled or too small to be a real window. */
export function parseGeometry(text: string | null): WindowGeometry | null {
  if (!text) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (!raw || typeof raw !== 'object') return null;
  const { width, height, left, top } = raw as Record<string, unknown>;
  const ints = [width, height, left, top].every((v) => typeof v === 'number' && Number.isFinite(v));
  if (!ints || (width as number) < 200 || (height as number) < 150) return null;
  return {
    width: Math.round(width as number),
    height: Math.round(height as number),
    left: Math.round(left as number),
    top: Math.round(top as number),
  };
}

export const loadWindowGeometry = (vmId: string, stream: ConsoleStream): WindowGeometry | null =>
  parseGeometry(read(KEY.window(vmId, stream)));

export const saveWindowGeometry = (vmId: string, stream: ConsoleStream, g: WindowGeometry): void =>
  write(KEY.window(vmId, stream), JSON.stringify(g));
