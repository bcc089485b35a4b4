import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { Terminal } from '@xterm/xterm';
import { FitAddon } from '@xterm/addon-fit';
import { AttachAddon } from '@xterm/addon-attach';
import '@xterm/xterm/css/xterm.css';
import { api } from '../../store/engine.js';
import { useUi } from '../../store/ui.js';
import { useLink } from '../../store/link.js';
import { describeError } from '../../lib/errors.js';
import { closeReason } from './close-reason.js';
import { MONO_FONT, TERMINAL_THEME } from './terminal-theme.js';

export type ConsolePhase =
  | { kind: 'idle' }
  | { kind: 'connecting' }
  | { kind: 'connected' }
  | { kind: 'disconnected'; reason: string };

/**
 * One xterm for the component's life, and a relay socket while `live` (QEMU is up). The socket is
 * opened again whenever the VM comes back up; the relay replays recent output on attach, so the
 * terminal is cleared just before each attach.
 */
export function useSerialConsole(
  vmId: string,
  live: boolean,
  host: RefObject<HTMLDivElement | null>,
): { phase: ConsolePhase; reconnect: () => void; focus: () => void } {
  const [phase, setPhase] = useState<ConsolePhase>({ kind: 'idle' });
  const term = useRef<Terminal | null>(null);
  const socket = useRef<WebSocket | null>(null);
  // Bumped whenever a connection attempt is superseded, so late callbacks of old attempts do nothing.
  const generation = useRef(0);

  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const t = new Terminal({
      fontFamily: MONO_FONT,
      fontSize: 13,
      lineHeight: 1.15,
      cursorBlink: true,
      scrollback: 5000,
      theme: TERMINAL_THEME,
    });
    const fit = new FitAddon();
    t.loadAddon(fit);
    t.open(el);
    fit.fit();
    term.current = t;
    let frame = 0;
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => fit.fit());
    });
    observer.observe(el);
    if (useUi.getState().consoleWantsFocus) t.focus();
    const unsubscribe = useUi.subscribe((now, before) => {
      if (now.consoleFocusSeq !== before.consoleFocusSeq) t.focus();
    });
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
      observer.disconnect();
      term.current = null;
      t.dispose();
    };
  }, [host]);

  const disconnect = useCallback((why: string) => {
    generation.current++;
    socket.current?.close(1000, why);
    socket.current = null;
  }, []);

  const connect = useCallback(async () => {
    disconnect('reconnecting');
    const mine = generation.current;
    setPhase({ kind: 'connecting' });
    let url: string;
    try {
      ({ url } = await api().openConsole({ id: vmId, stream: 'serial0' }));
    } catch (err) {
      if (mine === generation.current) setPhase({ kind: 'disconnected', reason: describeError(err) });
      return;
    }
    if (mine !== generation.current) return;
    let ws: WebSocket;
    try {
      ws = new WebSocket(url);
    } catch (err) {
      setPhase({ kind: 'disconnected', reason: describeError(err) });
      return;
    }
    ws.binaryType = 'arraybuffer';
    socket.current = ws;
    ws.addEventListener('open', () => {
      const t = term.current;
      if (mine !== generation.current || !t) return;
      t.reset();
      // AttachAddon throws on keystrokes while the socket is still CONNECTING, so only attach now.
      t.loadAddon(new AttachAddon(ws));
      setPhase({ kind: 'connected' });
      if (useUi.getState().consoleWantsFocus) t.focus();
    });
    ws.addEventListener('close', (ev) => {
      if (mine !== generation.current) return;
      socket.current = null;
      setPhase({ kind: 'disconnected', reason: closeReason(ev) });
    });
  }, [vmId, disconnect]);

  useEffect(() => {
    if (!live) {
      setPhase({ kind: 'idle' });
      return;
    }
    void connect();
    return () => disconnect('console closed');
  }, [live, connect, disconnect]);

  // The engine link came back after a loss: the relay socket most likely dropped with it.
  useEffect(
    () =>
      useLink.subscribe((now, before) => {
        if (now.link.kind === 'open' && before.link.kind !== 'open' && live && !socket.current) {
          void connect();
        }
      }),
    [live, connect],
  );

  const focus = useCallback(() => term.current?.focus(), []);
  const reconnect = useCallback(() => void connect(), [connect]);
  return { phase, reconnect, focus };
}
