import { Code, Flex } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import { CopyButton } from '../../forms/CopyButton.js';
import styles from './host.module.css';

/** A shell command from a host check, to paste into a terminal on the host. */
export function CommandLine({ command, what }: { command: string; what: string }) {
  const { t } = useTranslation('host');
  return (
    <Flex align="center" gap="2" className={styles.commandLine}>
      <Code size="2" variant="soft" color="gray" className={styles.commandText}>
        {command}
      </Code>
      <CopyButton text={command} label={t('checks.copyCommand', { what })} what={t('checks.theCommand')} />
    </Flex>
  );
}
