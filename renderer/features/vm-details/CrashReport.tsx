import { Box, Callout, Code, Flex, ScrollArea, Text } from '@radix-ui/themes';
import { ExclamationTriangleIcon } from '@radix-ui/react-icons';
import { useTranslation } from 'react-i18next';
import type { VmSummary } from '../../../shared/model/index.js';
import { say } from '../../i18n/i18n.js';
import { RemedyButtons } from './RemedyButtons.js';
import styles from './details.module.css';

/**
 * Crashed or broken: the engine's explanation, the remedies it offers (a KVM crash), and for a crash
 * what QEMU itself last said.
 */
export function CrashReport({ vm }: { vm: VmSummary }) {
  const { t } = useTranslation('details');
  const { status } = vm;
  const crashed = status.state === 'crashed';
  return (
    <Box>
      <Callout.Root color="red" role="alert" size="1">
        <Callout.Icon>
          <ExclamationTriangleIcon />
        </Callout.Icon>
        <Flex direction="column" gap="1">
          <Callout.Text weight="bold">{crashed ? t('crash.crashed') : t('crash.broken')}</Callout.Text>
          <Callout.Text className="pre-wrap">
            {status.error ? say(status.error) : crashed ? t('crash.noReason') : t('crash.notValid')}
          </Callout.Text>
          {crashed ? (
            <Box mt="1">
              <RemedyButtons vm={vm} color="red" />
            </Box>
          ) : null}
        </Flex>
      </Callout.Root>
      {crashed && status.log ? (
        <Box mt="3">
          <Text as="div" size="1" weight="bold" color="gray" mb="1" id="qemu-log-label">
            {t('crash.log')}
          </Text>
          <ScrollArea type="auto" scrollbars="both" className={styles.logBlock} aria-labelledby="qemu-log-label">
            <Code asChild variant="ghost" size="1">
              <pre tabIndex={0}>{status.log}</pre>
            </Code>
          </ScrollArea>
        </Box>
      ) : null}
    </Box>
  );
}
