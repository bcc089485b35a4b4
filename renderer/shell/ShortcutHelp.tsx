import { IconButton, Kbd, Popover, Text } from '@radix-ui/themes';
import { QuestionMarkCircledIcon } from '@radix-ui/react-icons';
import { useTranslation } from 'react-i18next';
import { keysLabel, SHORTCUTS } from '../lib/shortcuts.js';
import styles from './shell.module.css';

type Label = (typeof SHORTCUTS)[keyof typeof SHORTCUTS]['label'] | 'app:shortcuts.moveInList' | 'app:shortcuts.rowMenu';

const ROWS: { label: Label; keys: string[] }[] = [
  ...Object.values(SHORTCUTS).map((s) => ({ label: s.label, keys: [s.keys] })),
  { label: 'app:shortcuts.moveInList', keys: ['↑', '↓'] },
  { label: 'app:shortcuts.rowMenu', keys: ['Shift+F10'] },
];

export function ShortcutHelp() {
  const { t } = useTranslation(['common', 'app']);
  return (
    <Popover.Root>
      <Popover.Trigger>
        <IconButton variant="ghost" color="gray" aria-label={t('app:shortcuts.title')}>
          <QuestionMarkCircledIcon width="18" height="18" />
        </IconButton>
      </Popover.Trigger>
      <Popover.Content size="1" width="320px" align="end">
        <Text as="p" size="2" weight="bold" mb="2">
          {t('app:shortcuts.title')}
        </Text>
        <Text as="div" size="2">
          <dl className={styles.shortcutList}>
            {ROWS.map((row) => (
              <div key={row.label}>
                <dt>{t(row.label)}</dt>
                <dd>
                  {row.keys.map((k) => (
                    <Kbd key={k}>{keysLabel(k)}</Kbd>
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
