import { Badge, Spinner } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import type { VmState } from '../../../shared/model/index.js';
import { STATE_COLOR, stateLabel } from '../../lib/vm-state.js';
import styles from './vm-list.module.css';

export function StateBadge({ state }: { state: VmState }) {
  useTranslation(); // a language change re-renders the badge (its row is memoised)
  return (
    <Badge color={STATE_COLOR[state]} variant="soft" radius="full" className={styles.stateBadge}>
      {state === 'starting' ? <Spinner size="1" /> : <span className={styles.stateDot} aria-hidden />}
      {stateLabel(state)}
    </Badge>
  );
}
