import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ArgOf, ResultOf } from '../../../shared/api.js';
import { checkCreateStep } from './create-actions.js';
import { placeEngineError, type PlacedError } from './wizard-steps.js';

type StepArg = ArgOf<'checkCreateStep'>;
type Verdict = { ok: true; result: ResultOf<'checkCreateStep'> } | { ok: false; error: PlacedError };

/** A pause in typing before the engine is asked: each keystroke in a port or a size is no question. */
const PAUSE_MS = 350;

export interface StepCheck {
  /** The engine's answer for what the step holds now; null while asking (or with nothing to ask). */
  verdict: Verdict | null;
  checking: boolean;
  /** Next: the verdict for what the step holds now, asked at once if the pause is not over yet. */
  settle: () => Promise<Verdict | null>;
}

/**
 * The engine's check of the current step (checkCreateStep) as the person fills it in, so a mistake is
 * told on its own step: a missing kernel on step 1, a busy host port on the network step. `arg` null:
 * nothing to ask (the step's fields are not valid yet, or the step has no such check). A refusal goes
 * to `onRefusal` (the form shows it at its field); an answer to older values is dropped.
 */
export function useStepCheck(arg: StepArg | null, onRefusal: (err: PlacedError) => void): StepCheck {
  const key = useMemo(() => (arg ? JSON.stringify(arg) : null), [arg]);
  const argRef = useRef(arg);
  argRef.current = arg;
  const keyRef = useRef(key);
  keyRef.current = key;
  const onRefusalRef = useRef(onRefusal);
  onRefusalRef.current = onRefusal;
  // The latest question and its answer; a refusal is asked again on Next (a port may have been freed).
  const asked = useRef<{ key: string; answer: Promise<Verdict> } | null>(null);
  const [state, setState] = useState<{ key: string | null; verdict: Verdict | null }>({ key: null, verdict: null });

  const ask = useCallback((k: string, a: StepArg, again: boolean): Promise<Verdict> => {
    const known = asked.current;
    if (known?.key === k && !again) return known.answer;
    const answer = checkCreateStep(a).then(
      (result): Verdict => ({ ok: true, result }),
      (err: unknown): Verdict => ({ ok: false, error: placeEngineError(err) }),
    );
    asked.current = { key: k, answer };
    void answer.then((verdict) => {
      if (keyRef.current !== k) return;
      setState({ key: k, verdict });
      if (!verdict.ok) onRefusalRef.current(verdict.error);
    });
    return answer;
  }, []);

  useEffect(() => {
    if (!key || !argRef.current) return;
    const a = argRef.current;
    const timer = setTimeout(() => void ask(key, a, false), PAUSE_MS);
    return () => clearTimeout(timer);
  }, [key, ask]);

  const settle = useCallback(async () => {
    const k = keyRef.current;
    const a = argRef.current;
    if (!k || !a) return null;
    const known = asked.current?.key === k ? await asked.current.answer : null;
    return known?.ok ? known : ask(k, a, true);
  }, [ask]);

  const verdict = state.key === key ? state.verdict : null;
  return { verdict, checking: key !== null && verdict === null, settle };
}
