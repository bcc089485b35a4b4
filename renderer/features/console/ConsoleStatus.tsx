import { Flex, Spinner, Text } from '@radix-ui/themes';
import type { ConsolePhase } from './useSerialConsole.js';

const DOT: Record<ConsolePhase['kind'], string> = {
  idle: 'var(--gray-9)',
  connecting: 'var(--amber-9)',
  connected: 'var(--green-9)',
  disconnected: 'var(--red-9)',
};

/** One line saying what the console link is doing; a live region so screen readers hear changes. */
export function ConsoleStatus({ phase, live }: { phase: ConsolePhase; live: boolean }) {
  let text: string;
  if (!live) text = 'Not running';
  else if (phase.kind === 'connecting') text = 'Connecting…';
  else if (phase.kind === 'connected') text = 'Connected';
  else if (phase.kind === 'disconnected') text = `Disconnected — ${phase.reason}`;
  else text = 'Waiting for the VM';
  return (
    <Flex align="center" gap="2" role="status" className="console-status" minWidth="0">
      {phase.kind === 'connecting' && live ? (
        <Spinner size="1" />
      ) : (
        <span className="console-dot" style={{ background: live ? DOT[phase.kind] : DOT.idle }} aria-hidden />
      )}
      <Text size="1" truncate title={text}>
        {text}
      </Text>
    </Flex>
  );
}
