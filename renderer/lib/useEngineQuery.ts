import { useCallback, useEffect, useRef, useState } from 'react';
import { describeError } from './errors.js';

export interface EngineQuery<T> {
  data: T | null;
  /** Why the last read failed (the engine's words), until the next one succeeds. */
  error: string | null;
  loading: boolean;
  reload: () => void;
  /** An action's answer is the fresh data (createSnapshot returns the list): take it as is. */
  replace: (data: T) => void;
}

interface Flight {
  subject: string;
  /** Read again once this one is back: something changed while it was on its way. */
  again: boolean;
  /** Its answer is older than what replace() put in. */
  stale: boolean;
}

/**
 * Something read from the engine about one subject (a VM's snapshots, the disk images): read when the
 * subject appears, again whenever `changed` changes (the store swaps a VM's object on every
 * vm-changed event) and on reload(). Never on a timer. One read at a time: whatever asks meanwhile
 * gets one more read after it, so a burst of events costs two calls, not one each. Answers about an
 * earlier subject are dropped.
 */
export function useEngineQuery<T>(subject: string, load: () => Promise<T>, changed: unknown): EngineQuery<T> {
  const [state, setState] = useState<{ subject: string; data: T | null; error: string | null; loading: boolean }>({
    subject,
    data: null,
    error: null,
    loading: true,
  });
  const loadRef = useRef(load);
  loadRef.current = load;
  const subjectRef = useRef(subject);
  subjectRef.current = subject;
  const flight = useRef<Flight | null>(null);

  const run = useCallback(() => {
    const current = flight.current;
    if (current && current.subject === subjectRef.current) {
      current.again = true;
      return;
    }
    const mine: Flight = { subject: subjectRef.current, again: false, stale: false };
    flight.current = mine;
    setState((s) =>
      s.subject === mine.subject ? { ...s, loading: true } : { subject: mine.subject, data: null, error: null, loading: true },
    );
    const settle = (next: { data?: T; error?: string }) => {
      if (flight.current !== mine) return; // the subject changed or the view went away
      flight.current = null;
      if (!mine.stale) {
        setState((s) => ({
          subject: mine.subject,
          data: next.data !== undefined ? next.data : s.data,
          error: next.error ?? null,
          loading: mine.again,
        }));
      }
      if (mine.again) run();
    };
    loadRef.current().then(
      (data) => settle({ data }),
      (err: unknown) => settle({ error: describeError(err) }),
    );
  }, []);

  useEffect(() => {
    if (flight.current && flight.current.subject !== subject) flight.current = null;
    run();
  }, [subject, changed, run]);

  useEffect(() => () => void (flight.current = null), []);

  const replace = useCallback((data: T) => {
    if (flight.current) {
      flight.current.stale = true;
      flight.current.again = true;
    }
    setState((s) => ({ ...s, data, error: null }));
  }, []);

  const fresh = state.subject === subject;
  return {
    data: fresh ? state.data : null,
    error: fresh ? state.error : null,
    loading: !fresh || state.loading,
    reload: run,
    replace,
  };
}
