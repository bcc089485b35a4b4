import { useCallback, useMemo, useState } from 'react';
import type { HostInfo } from '../../../shared/model/index.js';
import { useVms } from '../../store/vms.js';
import { checkWizard, errorsOfStep, type PlacedError, type StepId, type WizardCheck } from './wizard-steps.js';
import { initialValues, type WizardValues } from './wizard-values.js';

/** What every step gets: the values, their messages and the ways to change them. */
export interface WizardForm {
  values: WizardValues;
  host: HostInfo | null;
  check: WizardCheck;
  /** The message for the field at this input path, once the person touched it (or asked to move on). */
  error: (path: string) => string | undefined;
  /** Change values; `touched` paths show their messages from now on. */
  update: (patch: Partial<WizardValues>, ...touched: string[]) => void;
  /** Change values from the latest ones (an answer that arrives later must not undo what was typed meanwhile). */
  updateWith: (patch: (values: WizardValues) => Partial<WizardValues>) => void;
  touch: (path: string) => void;
  /** What the engine refused: at its field when known, else a Callout at the top of its step. */
  engineError: PlacedError | null;
  setEngineError: (err: PlacedError | null) => void;
  /** Show every message of a step, e.g. after Enter on a step that is not complete. */
  reveal: (step: StepId) => void;
}

export function useWizardForm(): WizardForm {
  const host = useVms((s) => s.host);
  const [values, setValues] = useState<WizardValues>(() => initialValues(host));
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [engineError, setEngineError] = useState<PlacedError | null>(null);
  const check = useMemo(() => checkWizard(values, host), [values, host]);

  const update = useCallback((patch: Partial<WizardValues>, ...paths: string[]) => {
    setValues((v) => ({ ...v, ...patch }));
    if (paths.length) setTouched((t) => new Set([...t, ...paths]));
    // What the engine refused was about the old values; the person is fixing it.
    setEngineError(null);
  }, []);
  const updateWith = useCallback((patch: (values: WizardValues) => Partial<WizardValues>) => setValues((v) => ({ ...v, ...patch(v) })), []);
  const touch = useCallback((path: string) => setTouched((t) => (t.has(path) ? t : new Set([...t, path]))), []);
  const reveal = useCallback(
    (step: StepId) => setTouched((t) => new Set([...t, ...Object.keys(errorsOfStep(check.errors, step))])),
    [check.errors],
  );
  // An engine refusal about a field shows at that field, touched or not.
  const error = useCallback(
    (path: string) => (engineError?.field === path ? engineError.message : touched.has(path) ? check.errors[path] : undefined),
    [touched, check.errors, engineError],
  );

  return { values, host, check, error, update, updateWith, touch, engineError, setEngineError, reveal };
}
