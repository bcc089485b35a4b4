import { Flex, Text } from '@radix-ui/themes';
import styles from './console.module.css';

/** The HMP commands a course uses most; a click types one (without Enter) so it can be completed. */
const COMMANDS: readonly { text: string; typed: string }[] = [
  { text: 'info status', typed: 'info status' },
  { text: 'info block', typed: 'info block' },
  { text: 'info network', typed: 'info network' },
  { text: 'change ide1-cd0 /path/x.iso', typed: 'change ide1-cd0 ' },
  { text: 'eject ide1-cd0', typed: 'eject ide1-cd0' },
  { text: 'system_powerdown', typed: 'system_powerdown' },
];

/** One line under the monitor's bar: what to type, for people who have never used QEMU's monitor. */
export function MonitorHint({ onType }: { onType: (text: string) => void }) {
  return (
    <Flex align="center" gap="2" px="3" className={styles.hint} wrap="nowrap">
      <Text size="1" color="gray" className={styles.hintLabel}>
        Try
      </Text>
      <Flex gap="1" className={styles.hintList} asChild>
        <ul aria-label="Monitor commands">
          {COMMANDS.map((c) => (
            <li key={c.text}>
              <button type="button" className={styles.hintCommand} aria-label={`Type ${c.text}`} onClick={() => onType(c.typed)}>
                {c.text}
              </button>
            </li>
          ))}
          <li>
            <Text size="1" color="gray">
              · <code>help</code> lists them all
            </Text>
          </li>
        </ul>
      </Flex>
    </Flex>
  );
}
