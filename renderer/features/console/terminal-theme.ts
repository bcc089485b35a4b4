import type { ITheme } from '@xterm/xterm';

export const MONO_FONT =
  "ui-monospace, 'JetBrains Mono', 'Cascadia Mono', 'DejaVu Sans Mono', 'Liberation Mono', Menlo, Consolas, monospace";

/** Always dark, like a physical serial terminal; it reads well inside both app themes. */
export const TERMINAL_THEME: ITheme = {
  background: '#14161b',
  foreground: '#d5d8de',
  cursor: '#e8eaee',
  cursorAccent: '#14161b',
  selectionBackground: 'rgba(112, 146, 255, 0.35)',
  black: '#1d2027',
  red: '#f0686a',
  green: '#7fca7a',
  yellow: '#e5c16a',
  blue: '#6d9cf5',
  magenta: '#c792ea',
  cyan: '#5fc6d0',
  white: '#cfd3da',
  brightBlack: '#6b717d',
  brightRed: '#ff8587',
  brightGreen: '#9be495',
  brightYellow: '#f5d68a',
  brightBlue: '#90b5ff',
  brightMagenta: '#dcb0f7',
  brightCyan: '#84dce4',
  brightWhite: '#f4f5f7',
};
