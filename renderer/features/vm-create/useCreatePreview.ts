import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ApiError, type CreateVmInput } from '../../../shared/api.js';
import { reviewCreate } from './create-actions.js';
import { keptIdentity, withIdentity, type PlanIdentity } from './plan-identity.js';
import type { PreviewState } from './steps/ReviewStep.js';

/**
 * api.reviewCreate for the review step, asked again only when the input itself changes (keyed by its
 * JSON); an answer to an older input is dropped. `input` null = not on the review step, or not valid.
 * The first review's id and MAC are kept and given back to every later review and to create
 * (`planned`), so the VM created is the one Review showed, and Review shows the same plan each time.
 */
export function useCreatePreview(
  input: CreateVmInput | null,
  onError: (err: unknown) => void,
): PreviewState & {
  identity: PlanIdentity | null;
  planned: (input: CreateVmInput) => CreateVmInput;
  /** Forget the kept id and MAC and review again: create() found the id taken (a VM made meanwhile). */
  renew: () => void;
} {
  const [state, setState] = useState<PreviewState & { key: string | null }>({ loading: false, preview: null, key: null });
  const [identity, setIdentity] = useState<PlanIdentity | null>(null);
  // A new plan is asked for when the kept id turned out to be taken (another window created it).
  const [generation, setGeneration] = useState(0);
  const key = useMemo(() => (input ? JSON.stringify(input) : null), [input]);
  const identityRef = useRef(identity);
  identityRef.current = identity;
  const onErrorRef = useRef(onError);
  onErrorRef.current = onError;

  useEffect(() => {
    if (!input || key === state.key) return;
    let stale = false;
    setState({ loading: true, preview: null, key });
    reviewCreate(withIdentity(input, identityRef.current))
      .then((preview) => {
        if (stale) return;
        setIdentity((prev) => keptIdentity(prev, input, preview.config));
        setState({ loading: false, preview, key });
      })
      .catch((err: unknown) => {
        if (stale) return;
        setState({ loading: false, preview: null, key: null });
        if (err instanceof ApiError && err.field === 'id') {
          setIdentity(null);
          setGeneration((g) => g + 1);
        } else {
          onErrorRef.current(err);
        }
      });
    return () => {
      stale = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by the input's JSON
  }, [key, generation]);

  const renew = useCallback(() => {
    setIdentity(null);
    setState((s) => ({ ...s, key: null }));
    setGeneration((g) => g + 1);
  }, []);

  return { loading: state.loading, preview: state.preview, identity, planned: (i) => withIdentity(i, identity), renew };
}
