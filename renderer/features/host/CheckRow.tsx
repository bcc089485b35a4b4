import { Text } from '@radix-ui/themes';
import type { HostCheck } from '../../../shared/model/index.js';
import { CommandLine } from './CommandLine.js';
import { VerdictIcon } from './VerdictIcon.js';
import styles from './host.module.css';

/** One line of the host check, like a line of kvm-ok, with what to do about it underneath. */
export function CheckRow({ check }: { check: HostCheck }) {
  return (
    <li className={styles.checkRow} data-check={check.id}>
      <VerdictIcon verdict={check.verdict} className={styles.checkIcon} />
      <Text size="2" weight="medium">
        {check.label}
      </Text>
      <Text size="2" className={styles.checkValue}>
        {check.value}
      </Text>
      {check.fix || check.command ? (
        <div className={styles.checkFix}>
          {check.fix ? (
            <Text as="p" size="1" color="gray">
              {check.fix}
            </Text>
          ) : null}
          {check.command ? <CommandLine command={check.command} what={check.label} /> : null}
        </div>
      ) : null}
    </li>
  );
}
