import { useCallback, useEffect, useRef, useState } from 'react';
import type { ConsoleStream } from '../../../shared/api.js';
import { useLink } from '../../store/link.js';
import { describeError } from '../../lib/errors.js';
import { unavailableReason } from './close-reason.js';
import { openConsole } from './console-actions.js';
import { reconnectDelay, STABLE_AFTER_MS } from './reconnect-backoff.js';

export type ConsolePhase =
  /** QEMU is not running: nothing to connect to. */
  | { kind: 'idle' }
  | { kind: 'connecting' }
  | { kind: 'connected' }
  /** The link dropped or could not be made; another attempt is due at `at` (ms since epoch). */
  | { kind: 'retrying'; reason: string; at: number }
  /** The VM has no such console (no serial port, no display): retrying cannot help. */
  | { kind: 'unavailable'; reason: string };

/** What a viewer reports back about the relay socket it opened. */
export interface LinkEvents {
  opened: () => void;
  closed: (reason: string) => void;
}

/** Opens the viewer (xterm, noVNC) on a relay URL; closing it must not report `closed` again. */
export type AttachViewer = (url: string, events: LinkEvents) => { close: () => void };

/**
 * The relay link of one console while QEMU runs: a fresh ticket for every attempt (tickets are
 * single-use), and automatic reconnection with back-off whenever the link drops while the VM is up.
 */
export function useConsoleLink(
  vmId: string,
  stream: ConsoleStream,
  live: boolean,
  attach: AttachViewer,
): { phase: ConsolePhase; reconnectNow: () => void } {
  const [phase, setPhase] = useState<ConsolePhase>({ kind: 'idle' });
  const session = useRef<{ close: () => void } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const attempts = useRef(0);
  // Bumped whenever an attempt is superseded, so late callbacks of old attempts do nothing.
  const generation = useRef(0);
  const attachRef = useRef(attach);
  attachRef.current = attach;

  const stop = useCallback(() => {
    generation.current++;
    clearTimeout(timer.current);
    session.current?.close();
    session.current = null;
  }, []);

  const connect = useCallback(async () => {
    stop();
    const mine = generation.current;
    const retry = (reason: string) => {
      if (mine !== generation.current) return;
      session.current = null;
      attempts.current++;
      const delay = reconnectDelay(attempts.current);
      setPhase({ kind: 'retrying', reason, at: Date.now() + delay });
      timer.current = setTimeout(() => void connect(), delay);
    };
    setPhase({ kind: 'connecting' });
    let url: string;
    try {
      url = await openConsole(vmId, stream);
    } catch (err) {
      if (mine !== generation.current) return;
      const missing = unavailableReason(err);
      if (missing) setPhase({ kind: 'unavailable', reason: missing });
      else retry(describeError(err));
      return;
    }
    if (mine !== generation.current) return;
    let openedAt = 0;
    try {
      session.current = attachRef.current(url, {
        opened() {
          if (mine !== generation.current) return;
          openedAt = Date.now();
          setPhase({ kind: 'connected' });
        },
        closed(reason) {
          if (mine !== generation.current) return;
          if (openedAt && Date.now() - openedAt >= STABLE_AFTER_MS) attempts.current = 0;
          retry(reason);
        },
      });
    } catch (err) {
      retry(describeError(err));
    }
  }, [vmId, stream, stop]);

  useEffect(() => {
    if (!live) {
      setPhase({ kind: 'idle' });
      return;
    }
    attempts.current = 0;
    void connect();
    return stop;
  }, [live, connect, stop]);

  // The engine link came back after a loss: whatever was waiting to retry can go at once.
  useEffect(
    () =>
      useLink.subscribe((now, before) => {
        if (now.link.kind === 'open' && before.link.kind !== 'open' && live && !session.current) {
          attempts.current = 0;
          void connect();
        }
      }),
    [live, connect],
  );

  const reconnectNow = useCallback(() => {
    attempts.current = 0;
    void connect();
  }, [connect]);
  return { phase, reconnectNow };
}
