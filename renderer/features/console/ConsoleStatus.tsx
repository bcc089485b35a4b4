import { Flex, Spinner, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import type { ConsolePhase } from './useConsoleLink.js';
import styles from './console.module.css';

const DOT: Record<ConsolePhase['kind'], string> = {
  idle: 'var(--gray-9)',
  connecting: 'var(--amber-9)',
  connected: 'var(--green-9)',
  retrying: 'var(--red-9)',
  unavailable: 'var(--gray-9)',
};

/**
 * One word or two on what the console link is doing, as a live region so screen readers hear changes.
 * Why it dropped is told across the console itself (ConsoleDropped), where there is room for it.
 */
export function ConsoleStatus({ phase }: { phase: ConsolePhase }) {
  const { t } = useTranslation('console');
  const detail = phase.kind === 'retrying' || phase.kind === 'unavailable' ? phase.reason : '';
  return (
    <Flex align="center" gap="2" className={styles.status} minWidth="0">
      {phase.kind === 'connecting' ? (
        <Spinner size="1" />
      ) : (
        <span className={styles.dot} style={{ background: DOT[phase.kind] }} aria-hidden />
      )}
      <Text size="1" truncate title={detail || undefined} role="status" className={styles.statusText}>
        {t(`status.${phase.kind}`)}
      </Text>
    </Flex>
  );
}
