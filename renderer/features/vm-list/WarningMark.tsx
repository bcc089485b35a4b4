import { Tooltip } from '@radix-ui/themes';
import { ExclamationTriangleIcon } from '@radix-ui/react-icons';
import { useTranslation } from 'react-i18next';
import type { Message } from '../../../shared/i18n/index.js';
import { say } from '../../i18n/i18n.js';
import styles from './vm-list.module.css';

/**
 * The amber sign beside a row's state while the engine has a warning for the VM (e.g. no sign of life
 * under KVM). The text lives in the tooltip and the accessible name; the details pane has the remedies.
 */
export function WarningMark({ warning: message }: { warning: Message }) {
  const { t } = useTranslation('vmList');
  const warning = say(message);
  return (
    <Tooltip content={warning}>
      <ExclamationTriangleIcon
        role="img"
        aria-label={t('list.warning', { warning })}
        color="var(--amber-11)"
        className={styles.warningMark}
      />
    </Tooltip>
  );
}
