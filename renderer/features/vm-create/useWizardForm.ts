import { useCallback, useMemo, useState } from 'react';
import type { Language } from '../../../shared/i18n/index.js';
import type { HostInfo } from '../../../shared/model/index.js';
import { useLanguage } from '../../i18n/i18n.js';
import { issueText } from '../../lib/errors.js';
import { useVms } from '../../store/vms.js';
import { checkWizard, errorsOfStep, placedMessage, type PlacedError, type StepId, type WizardCheck } from './wizard-steps.js';
import { initialValues, type WizardValues } from './wizard-values.js';

/** What every step gets: the values, their messages and the ways to change them. */
export interface WizardForm {
  values: WizardValues;
  host: HostInfo | null;
  /** The window's language: typed numbers are read in it ("1,5"), and numbers put into fields written in it. */
  language: Language;
  check: WizardCheck;
  /** The message for the field at this input path, once the person touched it (or asked to move on). */
  error: (path: string) => string | undefined;
  /** The field's message whether touched or not (a choice that the source rules out, say). */
  problem: (path: string) => string | undefined;
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
  const language = useLanguage((s) => s.language);
  const [values, setValues] = useState<WizardValues>(() => initialValues(host));
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [engineError, setEngineError] = useState<PlacedError | null>(null);
  const check = useMemo(() => checkWizard(values, host, language), [values, host, language]);

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
  // Worded at each render, so a change of language rewords what is shown.
  const problem = useCallback(
    (path: string) => {
      const issue = check.errors[path];
      return issue ? issueText(issue) : undefined;
    },
    [check.errors],
  );
  // An engine refusal about a field shows at that field, touched or not.
  const error = useCallback(
    (path: string) => (engineError?.field === path ? placedMessage(engineError) : touched.has(path) ? problem(path) : undefined),
    [touched, problem, engineError],
  );

  return { values, host, language, check, error, problem, update, updateWith, touch, engineError, setEngineError, reveal };
}
