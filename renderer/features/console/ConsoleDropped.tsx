import { Button, Flex, Text, Theme } from '@radix-ui/themes';
import { ExclamationTriangleIcon, ReloadIcon } from '@radix-ui/react-icons';
import { useNow } from '../../lib/useNow.js';

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
      <Flex align="center" gap="3" className="console-dropped">
        <ExclamationTriangleIcon className="console-dropped-icon" aria-hidden />
        <Text size="1" className="console-dropped-text">
          {/* Only the reason is a live region: the countdown would be read out every second. */}
          <span role="status">Disconnected: {reason}.</span>{' '}
          <span className="console-dropped-wait">{wait > 0 ? `Reconnecting in ${wait} s…` : 'Reconnecting…'}</span>
        </Text>
        <Button size="1" variant="soft" color="gray" highContrast onClick={onReconnect} className="console-dropped-button">
          <ReloadIcon /> Reconnect now
        </Button>
      </Flex>
    </Theme>
  );
}
