import { Tooltip } from '@radix-ui/themes';
import { ExclamationTriangleIcon } from '@radix-ui/react-icons';
import styles from './vm-list.module.css';

/**
 * The amber sign beside a row's state while the engine has a warning for the VM (e.g. no sign of life
 * under KVM). The text lives in the tooltip and the accessible name; the details pane has the remedies.
 */
export function WarningMark({ warning }: { warning: string }) {
  return (
    <Tooltip content={warning}>
      <ExclamationTriangleIcon role="img" aria-label={`Warning: ${warning}`} color="var(--amber-11)" className={styles.warningMark} />
    </Tooltip>
  );
}
