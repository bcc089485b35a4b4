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
  // Quiet until used: the slider is there on every console with scrollback.
  scrollbarSliderBackground: 'rgba(213, 216, 222, 0.14)',
  scrollbarSliderHoverBackground: 'rgba(213, 216, 222, 0.26)',
  scrollbarSliderActiveBackground: 'rgba(213, 216, 222, 0.36)',
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

/** Search matches in the scrollback: amber like a highlighter, the current one brighter. */
export const SEARCH_DECORATIONS = {
  matchBackground: '#6b5a1e',
  matchBorder: '#8a7426',
  matchOverviewRuler: '#e5c16a',
  activeMatchBackground: '#e5c16a',
  activeMatchBorder: '#f5d68a',
  activeMatchColorOverviewRuler: '#f5d68a',
};

/** Behind the guest's screen, and around it when scaled: the terminal's background. */
export const SCREEN_BACKGROUND = '#14161b';
