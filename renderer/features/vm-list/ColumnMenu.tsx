import { DropdownMenu, IconButton, Text, Tooltip } from '@radix-ui/themes';
import { ColumnsIcon } from '@radix-ui/react-icons';
import { useTranslation } from 'react-i18next';
import { COLUMNS, showColumn, useListColumns, type ColumnId } from './list-columns.js';
import styles from './vm-list.module.css';

/**
 * The header's column chooser: which graphs and figures the list shows. Stays open for several picks.
 * `squeezed`: chosen but left out because the list is too narrow; the menu says so rather than lie.
 */
export function ColumnMenu({ squeezed }: { squeezed: readonly ColumnId[] }) {
  const { t } = useTranslation('vmList');
  const visible = useListColumns((s) => s.visible);
  return (
    <DropdownMenu.Root>
      <Tooltip content={t('columns.choose')}>
        <DropdownMenu.Trigger>
          <IconButton size="1" variant="ghost" color="gray" aria-label={t('columns.button')} className={styles.columnMenuButton}>
            <ColumnsIcon />
          </IconButton>
        </DropdownMenu.Trigger>
      </Tooltip>
      <DropdownMenu.Content align="end" size="1">
        <DropdownMenu.Label>{t('columns.show')}</DropdownMenu.Label>
        {COLUMNS.map((c) => (
          <DropdownMenu.CheckboxItem
            key={c.id}
            checked={visible.includes(c.id)}
            onCheckedChange={(on) => showColumn(c.id, on)}
            onSelect={(ev) => ev.preventDefault()}
          >
            {t(`columns.${c.id}.menu`)}
            {squeezed.includes(c.id) ? (
              <Text size="1" color="gray" className={styles.menuNote}>
                {t('columns.noRoom')}
              </Text>
            ) : null}
          </DropdownMenu.CheckboxItem>
        ))}
        {squeezed.length ? (
          <Text as="p" size="1" color="gray" className={styles.columnMenuHint}>
            {t('columns.noRoomHint')}
          </Text>
        ) : null}
      </DropdownMenu.Content>
    </DropdownMenu.Root>
  );
}
