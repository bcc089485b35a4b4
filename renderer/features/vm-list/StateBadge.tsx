import { Badge, Spinner } from '@radix-ui/themes';
import type { VmState } from '../../../shared/model/index.js';
import { STATE_COLOR, STATE_LABEL } from '../../lib/vm-state.js';
import styles from './vm-list.module.css';

export function StateBadge({ state }: { state: VmState }) {
  return (
    <Badge color={STATE_COLOR[state]} variant="soft" radius="full" className={styles.stateBadge}>
      {state === 'starting' ? <Spinner size="1" /> : <span className={styles.stateDot} aria-hidden />}
      {STATE_LABEL[state]}
    </Badge>
  );
}
