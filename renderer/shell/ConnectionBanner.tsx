import { Button, Callout, Flex } from '@radix-ui/themes';
import { UpdateIcon } from '@radix-ui/react-icons';
import { useLink } from '../store/link.js';
import styles from './shell.module.css';

/** Only the WebSocket link can drop; while it is down nothing on screen is current. */
export function ConnectionBanner() {
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
          <strong>Disconnected from VirtDesk engine — reconnecting…</strong> <span className={styles.bannerReason}>({link.reason})</span>
        </Callout.Text>
        {reconnectNow ? (
          <Button size="1" variant="soft" color="red" onClick={reconnectNow}>
            Retry now
          </Button>
        ) : null}
      </Flex>
    </Callout.Root>
  );
}
