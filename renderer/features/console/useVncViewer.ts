import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import RFB from '@novnc/novnc';
import { i18n } from '../../i18n/i18n.js';
import { closeReason } from './close-reason.js';
import { CtrlAltRelease } from './ctrl-alt-release.js';
import { SCREEN_BACKGROUND } from './terminal-theme.js';
import type { AttachViewer } from './useConsoleLink.js';

export interface VncViewer {
  attach: AttachViewer;
  /** The keyboard goes to the guest (the screen has the focus). */
  captured: boolean;
  /** The guest's framebuffer, as noVNC draws it. */
  screenSize: { width: number; height: number } | null;
  release: () => void;
  focus: () => void;
}

/**
 * noVNC on a relay socket. We open the WebSocket ourselves and hand it to noVNC, because noVNC does
 * not tell why a socket closed and the relay says so in its close reason.
 */
export function useVncViewer(screen: RefObject<HTMLDivElement | null>, scale: boolean): VncViewer {
  const rfb = useRef<RFB | null>(null);
  const [captured, setCaptured] = useState(false);
  const [screenSize, setScreenSize] = useState<{ width: number; height: number } | null>(null);
  const scaleRef = useRef(scale);
  scaleRef.current = scale;

  useEffect(() => {
    if (rfb.current) rfb.current.scaleViewport = scale;
  }, [scale]);

  // Keyboard capture: noVNC takes the focus on a click into the screen; it ends when the focus leaves
  // (a click outside) or on Ctrl+Alt, released after the guest has seen both keys go up.
  useEffect(() => {
    const el = screen.current;
    if (!el) return;
    const chord = new CtrlAltRelease();
    const onFocusIn = () => setCaptured(true);
    const onFocusOut = (ev: FocusEvent) => {
      if (ev.relatedTarget instanceof Node && el.contains(ev.relatedTarget)) return;
      chord.reset();
      setCaptured(false);
    };
    const onKeyDown = (ev: KeyboardEvent) => chord.down(ev.key);
    const onKeyUp = (ev: KeyboardEvent) => {
      if (chord.up(ev.key)) setTimeout(() => rfb.current?.blur(), 0);
    };
    el.addEventListener('focusin', onFocusIn);
    el.addEventListener('focusout', onFocusOut);
    // Capture phase: noVNC stops the events at its canvas.
    el.addEventListener('keydown', onKeyDown, true);
    el.addEventListener('keyup', onKeyUp, true);
    return () => {
      el.removeEventListener('focusin', onFocusIn);
      el.removeEventListener('focusout', onFocusOut);
      el.removeEventListener('keydown', onKeyDown, true);
      el.removeEventListener('keyup', onKeyUp, true);
    };
  }, [screen]);

  const attach = useCallback<AttachViewer>(
    (url, events) => {
      const el = screen.current;
      if (!el) throw new Error(i18n.t('console:closed.noScreen'));
      const ws = new WebSocket(url);
      let reason: string | null = null;
      let done = false;
      ws.addEventListener('close', (ev) => {
        reason = closeReason(ev);
      });
      const r = new RFB(el, ws, { shared: true });
      r.scaleViewport = scaleRef.current;
      r.resizeSession = false; // QEMU's VGA picks its own mode; the guest decides its resolution
      r.clipViewport = false; // 1:1 larger than the pane scrolls
      r.focusOnClick = true;
      r.background = SCREEN_BACKGROUND;
      rfb.current = r;
      // The canvas's size is the framebuffer's; noVNC has no event for a mode change, the attributes do.
      const canvas = el.querySelector('canvas');
      const readSize = () => {
        if (canvas && canvas.width > 0 && canvas.height > 0) setScreenSize({ width: canvas.width, height: canvas.height });
      };
      const sizeWatch = new MutationObserver(readSize);
      if (canvas) sizeWatch.observe(canvas, { attributes: true, attributeFilter: ['width', 'height'] });
      r.addEventListener('connect', () => {
        readSize();
        events.opened();
      });
      r.addEventListener('securityfailure', (ev) => {
        reason = i18n.t('console:closed.vncRefused', {
          cause: ev.detail.reason ?? i18n.t('console:closed.vncStatus', { status: ev.detail.status }),
        });
      });
      r.addEventListener('disconnect', (ev) => {
        sizeWatch.disconnect();
        if (rfb.current === r) rfb.current = null;
        setCaptured(false);
        if (!done) events.closed(reason ?? i18n.t(ev.detail.clean ? 'console:closed.displayClosed' : 'console:closed.displayDropped'));
      });
      return {
        close() {
          done = true;
          sizeWatch.disconnect();
          if (rfb.current === r) rfb.current = null;
          r.disconnect();
        },
      };
    },
    [screen],
  );

  const release = useCallback(() => rfb.current?.blur(), []);
  const focus = useCallback(() => rfb.current?.focus(), []);
  return { attach, captured, screenSize, release, focus };
}
