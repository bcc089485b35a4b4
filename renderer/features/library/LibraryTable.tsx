import { Button, Flex, Spinner, Table, Text, Tooltip, VisuallyHidden } from '@radix-ui/themes';
import { DiscIcon, PlusIcon, StackIcon } from '@radix-ui/react-icons';
import { useTranslation } from 'react-i18next';
import type { LibraryItem, LibraryOs } from '../../../shared/schemas/media-methods.js';
import { formatBytes } from '../../lib/format.js';
import { openCreateWithIso } from '../../store/ui.js';
import { useOnline } from '../../store/link.js';
import { osSourceText, osText, usedByText } from './library-view.js';
import styles from './library.module.css';

function OsCell({ item, detected, detecting }: { item: LibraryItem; detected?: LibraryOs | { error: string }; detecting: boolean }) {
  const { t } = useTranslation('media');
  if (item.kind === 'disk') {
    return (
      <Text size="1" color="gray">
        {t('items.diskImage', { format: item.format })}
      </Text>
    );
  }
  const os = item.os ?? (detected && 'id' in detected ? detected : null);
  if (os) {
    return (
      <Tooltip content={osSourceText(os)}>
        <Text as="div" size="2" color={os.source === 'none' ? 'gray' : undefined} className={styles.twoLines}>
          {osText(os)}
        </Text>
      </Tooltip>
    );
  }
  if (detected && 'error' in detected) {
    return (
      <Text as="div" size="1" color="amber" title={detected.error} truncate>
        {t('items.unreadable')}
      </Text>
    );
  }
  return (
    <Flex align="center" gap="1">
      {detecting ? <Spinner size="1" /> : null}
      <Text size="1" color="gray">
        {detecting ? t('items.detecting') : t('items.waiting')}
      </Text>
    </Flex>
  );
}

/** Each image: what it is, its OS or format, its size, the VMs using it, and "New VM" for an ISO. */
export function LibraryTable({
  items,
  detected,
  detecting,
}: {
  items: LibraryItem[];
  detected: Record<string, LibraryOs | { error: string }>;
  detecting: string | null;
}) {
  const { t } = useTranslation('media');
  const online = useOnline();
  return (
    <Table.Root size="1" variant="surface" layout="fixed" className={styles.table}>
      <caption className="table-caption">{t('items.caption')}</caption>
      <Table.Header>
        <Table.Row>
          <Table.ColumnHeaderCell>{t('items.image')}</Table.ColumnHeaderCell>
          <Table.ColumnHeaderCell width="25%">{t('items.os')}</Table.ColumnHeaderCell>
          <Table.ColumnHeaderCell width="72px" justify="end">
            {t('items.size')}
          </Table.ColumnHeaderCell>
          <Table.ColumnHeaderCell width="17%">{t('items.usedBy')}</Table.ColumnHeaderCell>
          <Table.ColumnHeaderCell width="124px">
            <VisuallyHidden>{t('items.actions')}</VisuallyHidden>
          </Table.ColumnHeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {items.map((item) => (
          <Table.Row key={item.path} align="center" aria-label={item.name}>
            <Table.Cell>
              <Flex align="center" gap="2" minWidth="0">
                <span className={styles.kindIcon} aria-hidden>
                  {item.kind === 'iso' ? <DiscIcon /> : <StackIcon />}
                </span>
                <Flex direction="column" minWidth="0">
                  <Text size="2" weight="medium" truncate title={item.path}>
                    {item.name}
                  </Text>
                  <Text size="1" color="gray" truncate className={styles.mono}>
                    {item.path.slice(0, item.path.length - item.name.length)}
                  </Text>
                </Flex>
              </Flex>
            </Table.Cell>
            <Table.Cell>
              <OsCell item={item} detected={detected[item.path]} detecting={detecting === item.path} />
            </Table.Cell>
            <Table.Cell justify="end">
              <Text size="2" className="numeric">
                {formatBytes(item.size)}
              </Text>
            </Table.Cell>
            <Table.Cell>
              <Text as="div" size="2" color={item.usedBy.length ? undefined : 'gray'} truncate title={usedByText(item.usedBy)}>
                {item.usedBy.length ? item.usedBy.map((u) => u.name).join(', ') : t('items.noVm')}
              </Text>
            </Table.Cell>
            <Table.Cell>
              {item.kind === 'iso' ? (
                <Tooltip content={t('items.newVmTip')}>
                  <Button
                    size="1"
                    variant="soft"
                    disabled={!online}
                    aria-label={t('items.newVmFrom', { name: item.name })}
                    className={styles.nowrap}
                    onClick={() => openCreateWithIso(item.path)}
                  >
                    <PlusIcon /> {t('items.newVm')}
                  </Button>
                </Tooltip>
              ) : null}
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table.Root>
  );
}
