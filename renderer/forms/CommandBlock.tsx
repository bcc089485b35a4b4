import { Box, Code, Flex } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import { CopyButton } from './CopyButton.js';
import styles from './forms.module.css';

/**
 * A command exactly as VirtDesk runs it, for reading and for pasting into a terminal: wrapped, never
 * cut off, with its own Copy button.
 */
export function CommandBlock({ command, label }: { command: string; label: string }) {
  const { t } = useTranslation('common');
  return (
    <Flex align="start" gap="2" className={styles.commandBlock}>
      <Box asChild flexGrow="1" className={styles.commandBlockText}>
        <Code asChild variant="ghost" size="1">
          <pre tabIndex={0} aria-label={label}>
            {command}
          </pre>
        </Code>
      </Box>
      <Box flexShrink="0" className={styles.commandBlockCopy}>
        <CopyButton text={command} label={t('action.copyWhat', { what: label })} what={label} />
      </Box>
    </Flex>
  );
}
