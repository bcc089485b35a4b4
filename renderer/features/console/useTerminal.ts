import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { Terminal } from '@xterm/xterm';
import { FitAddon } from '@xterm/addon-fit';
import { SearchAddon, type ISearchOptions } from '@xterm/addon-search';
import '@xterm/xterm/css/xterm.css';
import { useHost } from '../../store/host.js';
import { useUi } from '../../store/ui.js';
import { clampFontSize, FONT_SIZE_MIN, loadFontSize, saveFontSize, type TermGeometry } from './console-prefs.js';
import { scrollbackLines } from './scrollback-lines.js';
import { clipboardApi } from './terminal-clipboard.js';
import { fitFontSize, fitsIn, type Size } from './terminal-fit.js';
import { terminalKeyAction } from './terminal-keys.js';
import { MONO_FONT, SEARCH_DECORATIONS, TERMINAL_THEME } from './terminal-theme.js';

export interface TerminalControls {
  /** The live terminal, or null before mount / after unmount. */
  term: RefObject<Terminal | null>;
  /** Columns × rows as the terminal has them now (the guest learns them only from `resize`). */
  size: { cols: number; rows: number } | null;
  /** The size the person chose (the context menu's); a fixed-geometry terminal may show a smaller one. */
  fontSize: number;
  /** The size the text is drawn at now: smaller than fontSize while a fixed geometry must fit its pane. */
  shownFontSize: number;
  setFontSize: (size: number) => void;
  findOpen: boolean;
  /** Opens the find bar, or puts the keyboard back in it when it is open already. */
  openFind: () => void;
  closeFind: () => void;
  /** Bumped by every openFind(), so the open bar takes the focus again. */
  findRequest: number;
  find: (query: string, direction: 'next' | 'previous', incremental?: boolean) => void;
  clearFind: () => void;
  /** Match count of the last search: index is 0-based, -1 when there are too many to count. */
  matches: { index: number; count: number } | null;
  focus: () => void;
}

/**
 * One xterm for the component's life, font size and scrollback from the settings, Ctrl+Shift+C/V/F for
 * the app. Without `fixed` it is sized to its box (the monitor); with it, it keeps that geometry and its
 * font shrinks to fit the box's parent, which scrolls what still does not fit (the serial console: a
 * guest's full-screen program drew for that size). The relay link is useConsoleLink's business.
 */
export function useTerminal(
  host: RefObject<HTMLDivElement | null>,
  actions: { copy: () => void; paste: () => void },
  fixed: TermGeometry | null = null,
): TerminalControls {
  const term = useRef<Terminal | null>(null);
  const refit = useRef<() => void>(() => {});
  const search = useRef<SearchAddon | null>(null);
  const [size, setSize] = useState<{ cols: number; rows: number } | null>(null);
  const [fontSize, setFontSizeState] = useState(loadFontSize);
  const [shownFontSize, setShownFontSize] = useState(fontSize);
  // Read by the terminal's lifelong callbacks: today's geometry and chosen font size.
  const fixedRef = useRef(fixed);
  fixedRef.current = fixed;
  const fontRef = useRef(fontSize);
  fontRef.current = fontSize;
  const [findRequest, setFindRequest] = useState(0);
  const [findOpen, setFindOpen] = useState(false);
  const [matches, setMatches] = useState<{ index: number; count: number } | null>(null);
  // The key handler lives as long as the terminal; it must call today's copy/paste.
  const actionsRef = useRef(actions);
  actionsRef.current = actions;
  const openFind = useCallback(() => {
    setFindOpen(true);
    setFindRequest((n) => n + 1);
  }, []);
  const openFindRef = useRef(openFind);

  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const geometry = fixedRef.current;
    const t = new Terminal({
      fontFamily: MONO_FONT,
      fontSize: loadFontSize(),
      ...(geometry ? { cols: geometry.cols, rows: geometry.rows } : {}),
      lineHeight: 1.15,
      cursorBlink: true,
      scrollback: scrollbackLines(useHost.getState().settings?.scrollbackKiB),
      theme: TERMINAL_THEME,
      // Search highlights are decorations, still a "proposed" xterm.js API.
      allowProposedApi: true,
    });
    const f = new FitAddon();
    const s = new SearchAddon();
    t.loadAddon(f);
    t.loadAddon(s);
    t.open(el);
    refit.current = () => {
      const g = fixedRef.current;
      if (!g) return f.fit();
      if (t.cols !== g.cols || t.rows !== g.rows) t.resize(g.cols, g.rows);
      fitFont(t, el, fontRef.current);
      setShownFontSize(t.options.fontSize ?? fontRef.current);
    };
    refit.current();
    term.current = t;
    search.current = s;
    setSize({ cols: t.cols, rows: t.rows });
    const subs = [
      t.onResize(({ cols, rows }) => setSize({ cols, rows })),
      s.onDidChangeResults(({ resultIndex, resultCount }) => setMatches({ index: resultIndex, count: resultCount })),
    ];
    t.attachCustomKeyEventHandler((ev) => {
      const action = terminalKeyAction(ev);
      if (!action) return true;
      // Without the clipboard API, the browser's own Ctrl+Shift+V ("paste as plain text") fires a paste
      // event that xterm.js handles; returning false only keeps xterm from sending ^V to the guest.
      if (action === 'paste' && !clipboardApi()) return false;
      // Otherwise the browser must not act on them (Ctrl+Shift+C opens Chromium's inspector).
      ev.preventDefault();
      if (ev.type === 'keydown') {
        if (action === 'copy') actionsRef.current.copy();
        else if (action === 'paste') actionsRef.current.paste();
        else openFindRef.current();
      }
      return false;
    });
    let frame = 0;
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => refit.current());
    });
    // A fixed terminal is as big as its text: the pane it must fit is its parent.
    observer.observe(geometry ? (el.parentElement ?? el) : el);
    if (useUi.getState().consoleWantsFocus) t.focus();
    const unsubscribeUi = useUi.subscribe((now, before) => {
      if (now.consoleFocusSeq !== before.consoleFocusSeq) t.focus();
    });
    // The scrollback setting may change on the Host page (or in another window) while this is open.
    const unsubscribeHost = useHost.subscribe((now) => {
      const lines = scrollbackLines(now.settings?.scrollbackKiB);
      if (t.options.scrollback !== lines) t.options.scrollback = lines;
    });
    return () => {
      unsubscribeHost();
      unsubscribeUi();
      for (const sub of subs) sub.dispose();
      cancelAnimationFrame(frame);
      observer.disconnect();
      term.current = null;
      refit.current = () => {};
      search.current = null;
      t.dispose();
    };
  }, [host]);

  const setFontSize = useCallback((next: number) => {
    const px = clampFontSize(next);
    setFontSizeState(px);
    saveFontSize(px);
    fontRef.current = px;
    const t = term.current;
    if (!t) return;
    t.options.fontSize = px;
    // The box did not change size, so the ResizeObserver stays quiet: refit by hand.
    refit.current();
  }, []);

  // Another geometry chosen: the same terminal takes it (the guest learns it when it asks).
  useEffect(() => refit.current(), [fixed?.cols, fixed?.rows]);

  const find = useCallback((query: string, direction: 'next' | 'previous', incremental = false) => {
    const s = search.current;
    if (!s) return;
    if (!query) {
      s.clearDecorations();
      setMatches(null);
      return;
    }
    const opts: ISearchOptions = { decorations: SEARCH_DECORATIONS, incremental };
    if (direction === 'next') s.findNext(query, opts);
    else s.findPrevious(query, opts);
  }, []);

  const clearFind = useCallback(() => {
    search.current?.clearDecorations();
    term.current?.clearSelection();
    setMatches(null);
  }, []);

  const closeFind = useCallback(() => {
    clearFind();
    setFindOpen(false);
    term.current?.focus();
  }, [clearFind]);

  const focus = useCallback(() => term.current?.focus(), []);

  return { term, size, fontSize, shownFontSize, setFontSize, findOpen, openFind, closeFind, findRequest, find, clearFind, matches, focus };
}

/** The pane's inner size: its box less its padding (where the terminal can go). */
function innerSize(el: HTMLElement): Size {
  const cs = getComputedStyle(el);
  const px = (v: string) => Number.parseFloat(v) || 0;
  return {
    width: el.clientWidth - px(cs.paddingLeft) - px(cs.paddingRight),
    height: el.clientHeight - px(cs.paddingTop) - px(cs.paddingBottom),
  };
}

/** The largest font up to `chosen` at which the terminal's fixed geometry fits the host's parent. */
function fitFont(t: Terminal, host: HTMLElement, chosen: number): void {
  const pane = host.parentElement;
  const screen = host.querySelector<HTMLElement>('.xterm-screen');
  if (!pane || !screen) return;
  const room = innerSize(pane);
  const drawn = (): Size => ({ width: screen.offsetWidth, height: screen.offsetHeight });
  const now = t.options.fontSize ?? chosen;
  const target = fitFontSize(room, drawn(), now, { min: FONT_SIZE_MIN, max: chosen });
  if (target !== now) t.options.fontSize = target;
  // Cells round to whole pixels: a size the ratio allows may still be a pixel too big.
  let last = drawn();
  for (let px = target; px > FONT_SIZE_MIN && !fitsIn(room, last); px--) {
    t.options.fontSize = px - 1;
    const next = drawn();
    if (next.width === last.width && next.height === last.height) break; // not redrawn yet: the observer calls again
    last = next;
  }
}
