import { IconButton, Kbd, Popover, Text } from '@radix-ui/themes';
import { QuestionMarkCircledIcon } from '@radix-ui/react-icons';
import { SHORTCUTS } from '../lib/shortcuts.js';
import styles from './shell.module.css';

const ROWS: { label: string; keys: string[] }[] = [
  ...Object.values(SHORTCUTS).map((s) => ({ label: s.label, keys: [s.keys] })),
  { label: 'Move in the list', keys: ['↑', '↓'] },
  { label: 'Row menu', keys: ['Shift+F10'] },
];

export function ShortcutHelp() {
  return (
    <Popover.Root>
      <Popover.Trigger>
        <IconButton variant="ghost" color="gray" aria-label="Keyboard shortcuts">
          <QuestionMarkCircledIcon width="18" height="18" />
        </IconButton>
      </Popover.Trigger>
      <Popover.Content size="1" width="300px" align="end">
        <Text as="p" size="2" weight="bold" mb="2">
          Keyboard shortcuts
        </Text>
        <Text as="div" size="2">
          <dl className={styles.shortcutList}>
            {ROWS.map((row) => (
              <div key={row.label}>
                <dt>{row.label}</dt>
                <dd>
                  {row.keys.map((k) => (
                    <Kbd key={k}>{k}</Kbd>
                  ))}
                </dd>
              </div>
            ))}
          </dl>
        </Text>
      </Popover.Content>
    </Popover.Root>
  );
}
