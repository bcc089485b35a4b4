import { Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import type { HostCheck } from '../../../shared/model/index.js';
import { say } from '../../i18n/i18n.js';
import { CommandLine } from './CommandLine.js';
import { VerdictIcon } from './VerdictIcon.js';
import styles from './host.module.css';

/** One line of the host check, like a line of kvm-ok, with what to do about it underneath. */
export function CheckRow({ check }: { check: HostCheck }) {
  useTranslation('host'); // the engine's sentences are read in the window's language: follow it
  const label = say(check.label);
  return (
    <li className={styles.checkRow} data-check={check.id}>
      <VerdictIcon verdict={check.verdict} className={styles.checkIcon} />
      <Text size="2" weight="medium">
        {label}
      </Text>
      <Text size="2" className={styles.checkValue}>
        {say(check.value)}
      </Text>
      {check.fix || check.command ? (
        <div className={styles.checkFix}>
          {check.fix ? (
            <Text as="p" size="1" color="gray">
              {say(check.fix)}
            </Text>
          ) : null}
          {check.command ? <CommandLine command={check.command} what={label} /> : null}
        </div>
      ) : null}
    </li>
  );
}
