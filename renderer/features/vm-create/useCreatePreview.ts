import { useEffect, useMemo, useRef, useState } from 'react';
import type { CreateVmInput } from '../../../shared/api.js';
import { previewCreate } from './create-actions.js';
import type { PreviewState } from './steps/ReviewStep.js';

/**
 * api.previewCreate for the review step, asked again only when the input itself changes (keyed by its
 * JSON); an answer to an older input is dropped. `input` null = not on the review step, or not valid.
 */
export function useCreatePreview(input: CreateVmInput | null, onError: (err: unknown) => void): PreviewState {
  const [state, setState] = useState<PreviewState & { key: string | null }>({ loading: false, preview: null, key: null });
  const key = useMemo(() => (input ? JSON.stringify(input) : null), [input]);
  const onErrorRef = useRef(onError);
  onErrorRef.current = onError;

  useEffect(() => {
    if (!input || key === state.key) return;
    let stale = false;
    setState({ loading: true, preview: null, key });
    previewCreate(input)
      .then((preview) => !stale && setState({ loading: false, preview, key }))
      .catch((err: unknown) => {
        if (stale) return;
        setState({ loading: false, preview: null, key: null });
        onErrorRef.current(err);
      });
    return () => {
      stale = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by the input's JSON
  }, [key]);

  return state;
}
