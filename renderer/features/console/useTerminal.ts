import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { Terminal } from '@xterm/xterm';
import { FitAddon } from '@xterm/addon-fit';
import { SearchAddon, type ISearchOptions } from '@xterm/addon-search';
import '@xterm/xterm/css/xterm.css';
import { useHost } from '../../store/host.js';
import { useUi } from '../../store/ui.js';
import { clampFontSize, loadFontSize, saveFontSize } from './console-prefs.js';
import { scrollbackLines } from './scrollback-lines.js';
import { clipboardApi } from './terminal-clipboard.js';
import { terminalKeyAction } from './terminal-keys.js';
import { MONO_FONT, SEARCH_DECORATIONS, TERMINAL_THEME } from './terminal-theme.js';

export interface TerminalControls {
  /** The live terminal, or null before mount / after unmount. */
  term: RefObject<Terminal | null>;
  /** Columns × rows as the terminal has them now (the guest learns them only from `resize`). */
  size: { cols: number; rows: number } | null;
  fontSize: number;
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
 * One xterm for the component's life: sized to its box, font size and scrollback from the settings,
 * Ctrl+Shift+C/V/F for the app. The relay link is someone else's business (useConsoleLink).
 */
export function useTerminal(host: RefObject<HTMLDivElement | null>, actions: { copy: () => void; paste: () => void }): TerminalControls {
  const term = useRef<Terminal | null>(null);
  const fit = useRef<FitAddon | null>(null);
  const search = useRef<SearchAddon | null>(null);
  const [size, setSize] = useState<{ cols: number; rows: number } | null>(null);
  const [fontSize, setFontSizeState] = useState(loadFontSize);
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
    const t = new Terminal({
      fontFamily: MONO_FONT,
      fontSize: loadFontSize(),
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
    f.fit();
    term.current = t;
    fit.current = f;
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
      frame = requestAnimationFrame(() => f.fit());
    });
    observer.observe(el);
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
      fit.current = null;
      search.current = null;
      t.dispose();
    };
  }, [host]);

  const setFontSize = useCallback((next: number) => {
    const px = clampFontSize(next);
    setFontSizeState(px);
    saveFontSize(px);
    const t = term.current;
    if (!t) return;
    t.options.fontSize = px;
    // The box did not change size, so the ResizeObserver stays quiet: refit by hand.
    fit.current?.fit();
  }, []);

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

  return { term, size, fontSize, setFontSize, findOpen, openFind, closeFind, findRequest, find, clearFind, matches, focus };
}
