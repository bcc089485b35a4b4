import { Flex, Spinner, Text } from '@radix-ui/themes';
import { useNow } from '../../lib/useNow.js';

export function ShutdownCountdown({ forceOffAt }: { forceOffAt?: number }) {
  const now = useNow(forceOffAt !== undefined);
  const seconds = forceOffAt === undefined ? null : Math.max(0, Math.ceil((forceOffAt - now) / 1000));
  return (
    <Flex align="center" gap="2">
      <Spinner size="1" />
      <Text size="2" color="orange">
        {seconds === null
          ? 'Shutting down — waiting for the guest'
          : seconds > 0
            ? `Shutting down — forcing off in ${seconds} s`
            : 'Shutting down — forcing off now'}
      </Text>
    </Flex>
  );
}
