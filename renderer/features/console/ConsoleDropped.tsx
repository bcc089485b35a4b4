import { Button, Flex, Text, Theme } from '@radix-ui/themes';
import { ExclamationTriangleIcon, ReloadIcon } from '@radix-ui/react-icons';
import { useTranslation } from 'react-i18next';
import { formatSeconds } from '../../lib/format.js';
import { useNow } from '../../lib/useNow.js';
import { withoutFullStop } from './close-reason.js';
import styles from './console.module.css';

/**
 * Across the top of a console whose link dropped while the VM runs: why, when the next attempt is, and
 * a way to try at once. The last output stays readable underneath. Dark in both app themes, like the
 * console it sits on.
 */
export function ConsoleDropped({ reason, at, onReconnect }: { reason: string; at: number; onReconnect: () => void }) {
  const { t } = useTranslation('console');
  const now = useNow(true);
  const wait = Math.max(0, Math.ceil((at - now) / 1000));
  return (
    <Theme appearance="dark" hasBackground={false}>
      <Flex align="center" gap="3" className={styles.dropped}>
        <ExclamationTriangleIcon className={styles.droppedIcon} aria-hidden />
        <Text size="1" className={styles.droppedText}>
          {/* Only the reason is a live region: the countdown would be read out every second. */}
          <span role="status">{t('dropped.reason', { reason: withoutFullStop(reason) })}</span>{' '}
          <span className={styles.droppedWait}>
            {wait > 0 ? t('dropped.wait', { wait: formatSeconds(wait) }) : t('dropped.reconnecting')}
          </span>
        </Text>
        <Button size="1" variant="soft" color="gray" highContrast onClick={onReconnect} className={styles.droppedButton}>
          <ReloadIcon /> {t('dropped.now')}
        </Button>
      </Flex>
    </Theme>
  );
}
