import { Flex, Spinner, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import { useNow } from '../../lib/useNow.js';

/** Beside the VM's "shutting down" badge (its page, its console window): what happens next, and when. */
export function ShutdownCountdown({ forceOffAt }: { forceOffAt?: number }) {
  const { t } = useTranslation('details');
  const now = useNow(forceOffAt !== undefined);
  const seconds = forceOffAt === undefined ? null : Math.max(0, Math.ceil((forceOffAt - now) / 1000));
  return (
    <Flex align="center" gap="2" flexShrink="0">
      <Spinner size="1" />
      <Text size="2" color="orange" wrap="nowrap">
        {seconds === null ? t('shutdown.waiting') : seconds > 0 ? t('shutdown.forcingIn', { s: seconds }) : t('shutdown.forcingNow')}
      </Text>
    </Flex>
  );
}
