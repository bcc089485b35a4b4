import type { Remedy } from '../../shared/model/index.js';
import { liveTexts } from './host-verdict.js';

/** Button text per remedy; the engine decides which remedies apply and in which order. */
export const REMEDY_LABEL = liveTexts<Remedy>({
  'use-tcg': 'host:remedy.useTcg.label',
  'use-safe-cpu': 'host:remedy.useSafeCpu.label',
  'keep-waiting': 'host:remedy.keepWaiting.label',
});

/** What pressing it does, for the tooltip: these buttons change the VM's settings for good. */
export const REMEDY_HINT = liveTexts<Remedy>({
  'use-tcg': 'host:remedy.useTcg.hint',
  'use-safe-cpu': 'host:remedy.useSafeCpu.hint',
  'keep-waiting': 'host:remedy.keepWaiting.hint',
});
