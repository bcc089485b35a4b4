import { Button, Flex, Text, Theme } from '@radix-ui/themes';
import { ExclamationTriangleIcon, ReloadIcon } from '@radix-ui/react-icons';
import { useNow } from '../../lib/useNow.js';
import styles from './console.module.css';

/**
 * Across the top of a console whose link dropped while the VM runs: why, when the next attempt is, and
 * a way to try at once. The last output stays readable underneath. Dark in both app themes, like the
 * console it sits on.
 */
export function ConsoleDropped({ reason, at, onReconnect }: { reason: string; at: number; onReconnect: () => void }) {
  const now = useNow(true);
  const wait = Math.max(0, Math.ceil((at - now) / 1000));
  return (
    <Theme appearance="dark" hasBackground={false}>
      <Flex align="center" gap="3" className={styles.dropped}>
        <ExclamationTriangleIcon className={styles.droppedIcon} aria-hidden />
        <Text size="1" className={styles.droppedText}>
          {/* Only the reason is a live region: the countdown would be read out every second. */}
          <span role="status">Disconnected: {reason}.</span>{' '}
          <span className={styles.droppedWait}>{wait > 0 ? `Reconnecting in ${wait} s…` : 'Reconnecting…'}</span>
        </Text>
        <Button size="1" variant="soft" color="gray" highContrast onClick={onReconnect} className={styles.droppedButton}>
          <ReloadIcon /> Reconnect now
        </Button>
      </Flex>
    </Theme>
  );
}
