import { Badge, Spinner } from '@radix-ui/themes';
import type { VmState } from '../../../shared/model/index.js';
import { STATE_COLOR, STATE_LABEL } from '../../lib/vm-state.js';

export function StateBadge({ state }: { state: VmState }) {
  return (
    <Badge color={STATE_COLOR[state]} variant="soft" radius="full" className="state-badge">
      {state === 'starting' ? <Spinner size="1" /> : <span className="state-dot" aria-hidden />}
      {STATE_LABEL[state]}
    </Badge>
  );
}
