import { Button, Callout, Flex } from '@radix-ui/themes';
import { UpdateIcon } from '@radix-ui/react-icons';
import { useTranslation } from 'react-i18next';
import { say } from '../i18n/i18n.js';
import { useLink } from '../store/link.js';
import styles from './shell.module.css';

/** Only the WebSocket link can drop; while it is down nothing on screen is current. */
export function ConnectionBanner() {
  const { t } = useTranslation('app');
  const link = useLink((s) => s.link);
  const reconnectNow = useLink((s) => s.reconnectNow);
  if (link.kind !== 'lost') return null;
  return (
    <Callout.Root color="red" variant="surface" size="1" role="alert" className={styles.connectionBanner}>
      <Callout.Icon>
        <UpdateIcon className="spin" />
      </Callout.Icon>
      <Flex align="center" gap="3" justify="between" width="100%">
        <Callout.Text>
          <strong>{t('link.lost')}</strong> <span className={styles.bannerReason}>({say(link.reason)})</span>
        </Callout.Text>
        {reconnectNow ? (
          <Button size="1" variant="soft" color="red" onClick={reconnectNow}>
            {t('link.retryNow')}
          </Button>
        ) : null}
      </Flex>
    </Callout.Root>
  );
}
