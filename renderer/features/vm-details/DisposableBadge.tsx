import { Badge, Tooltip } from '@radix-ui/themes';
import { TimerIcon } from '@radix-ui/react-icons';
import { useTranslation } from 'react-i18next';
import styles from './details.module.css';

/** Started disposable: nothing the guest writes now survives, which a person must not forget. */
export function DisposableBadge() {
  const { t } = useTranslation('details');
  return (
    <Tooltip content={t('disposable.hint')}>
      <Badge color="purple" variant="soft" radius="full" className={styles.disposableBadge} tabIndex={0}>
        <TimerIcon aria-hidden /> {t('disposable.badge')}
      </Badge>
    </Tooltip>
  );
}
