import { ContextMenu, DropdownMenu, Flex, IconButton, Table, Text, Tooltip, VisuallyHidden } from '@radix-ui/themes';
import { ChevronDownIcon, ChevronRightIcon, DotsHorizontalIcon } from '@radix-ui/react-icons';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DiskEntry } from '../../../shared/api.js';
import { formatBytes } from '../../lib/format.js';
import { useOnline } from '../../store/link.js';
import { actionRefusal, describeChain, diskOwner, fileName, unreadableText } from './disk-facts.js';
import { actionsFor, type DiskRequest } from './disk-actions.js';
import { DiskActionBar, RefusalNote } from './DiskActionBar.js';
import { DiskDialogs } from './DiskDialogs.js';
import { ImageChain } from './ImageChain.js';
import { cx } from '../../lib/cx.js';
import pickStyles from '../../theme/pick-table.module.css';
import styles from './disks.module.css';

const COLUMNS = 7;

/**
 * Every image: a row each with its facts, opened to show the whole path, the backing chain and the
 * action buttons. The row menu and the … button offer the same actions.
 */
export function DiskTable({ entries, onChanged }: { entries: DiskEntry[]; onChanged: () => void }) {
  const { t } = useTranslation('storage');
  const online = useOnline();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const [request, setRequest] = useState<DiskRequest | null>(null);
  const toggle = (path: string) =>
    setOpen((s) => {
      const next = new Set(s);
      if (!next.delete(path)) next.add(path);
      return next;
    });

  return (
    <>
      <Table.Root size="1" variant="surface" layout="fixed" className={cx(pickStyles.table, styles.diskTable)}>
        <caption className="table-caption">{t('table.caption')}</caption>
        <Table.Header>
          <Table.Row>
            <Table.ColumnHeaderCell width="32px">
              <VisuallyHidden>{t('table.details')}</VisuallyHidden>
            </Table.ColumnHeaderCell>
            <Table.ColumnHeaderCell>{t('table.image')}</Table.ColumnHeaderCell>
            <Table.ColumnHeaderCell width="64px">{t('table.format')}</Table.ColumnHeaderCell>
            <Table.ColumnHeaderCell width="78px" justify="end">
              {t('table.size')}
            </Table.ColumnHeaderCell>
            <Table.ColumnHeaderCell width="84px" justify="end">
              {t('table.onDisk')}
            </Table.ColumnHeaderCell>
            <Table.ColumnHeaderCell width="84px" justify="end">
              {t('table.snapshots')}
            </Table.ColumnHeaderCell>
            <Table.ColumnHeaderCell width="40px">
              <VisuallyHidden>{t('table.actions')}</VisuallyHidden>
            </Table.ColumnHeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {entries.map((e) => {
            const top = e.chain?.[0];
            const expanded = open.has(e.path);
            const name = fileName(e.path);
            const refusal = actionRefusal(e);
            const detailsId = `disk-details-${encodeURIComponent(e.path)}`;
            return (
              <Fragment key={e.path}>
                <ContextMenu.Root>
                  <ContextMenu.Trigger>
                    <Table.Row className={pickStyles.row} data-open={expanded || undefined} onClick={() => toggle(e.path)}>
                      <Table.Cell>
                        <IconButton
                          size="1"
                          variant="ghost"
                          color="gray"
                          aria-expanded={expanded}
                          aria-controls={expanded ? detailsId : undefined}
                          aria-label={t('table.detailsOf', { name })}
                          onClick={(ev) => {
                            ev.stopPropagation();
                            toggle(e.path);
                          }}
                        >
                          {expanded ? <ChevronDownIcon /> : <ChevronRightIcon />}
                        </IconButton>
                      </Table.Cell>
                      <Table.RowHeaderCell>
                        <Text as="div" weight="medium" className="cell-text mono-text" title={e.path}>
                          {name}
                        </Text>
                        <Text as="div" size="1" color="gray" className="cell-text" title={diskOwner(e)}>
                          {diskOwner(e)}
                          {e.chain && e.chain.length > 1 ? ` · ${describeChain(e.chain)}` : ''}
                        </Text>
                        {e.error && !e.chain ? (
                          <Text as="div" size="1" color="red">
                            {unreadableText(e)}
                          </Text>
                        ) : refusal && e.vm && !expanded ? (
                          // Two lines at most in the row; the whole reason in its tooltip and when opened.
                          <Tooltip content={refusal}>
                            <div className={styles.rowRefusal}>
                              <RefusalNote reason={refusal} />
                            </div>
                          </Tooltip>
                        ) : null}
                      </Table.RowHeaderCell>
                      <Table.Cell>{top?.format ?? '—'}</Table.Cell>
                      <Table.Cell justify="end" className="numeric">
                        {top ? formatBytes(top.virtualSize) : '—'}
                      </Table.Cell>
                      <Table.Cell justify="end" className="numeric">
                        {top?.actualSize != null ? formatBytes(top.actualSize) : '—'}
                      </Table.Cell>
                      <Table.Cell justify="end" className="numeric">
                        {e.snapshots}
                      </Table.Cell>
                      <Table.Cell onClick={(ev) => ev.stopPropagation()}>
                        <DropdownMenu.Root>
                          <DropdownMenu.Trigger>
                            <IconButton size="1" variant="ghost" color="gray" aria-label={t('table.actionsFor', { name })}>
                              <DotsHorizontalIcon />
                            </IconButton>
                          </DropdownMenu.Trigger>
                          <DropdownMenu.Content align="end">
                            {actionsFor(e).map((a) => (
                              <DropdownMenu.Item
                                key={a.kind}
                                color={a.kind === 'delete-base' ? 'red' : undefined}
                                disabled={!!refusal || !online}
                                onSelect={() => setRequest({ kind: a.kind, entry: e })}
                              >
                                {t(`action.${a.label}`)}
                              </DropdownMenu.Item>
                            ))}
                          </DropdownMenu.Content>
                        </DropdownMenu.Root>
                      </Table.Cell>
                    </Table.Row>
                  </ContextMenu.Trigger>
                  <ContextMenu.Content size="2" variant="soft">
                    <ContextMenu.Label>{name}</ContextMenu.Label>
                    {actionsFor(e).map((a) => (
                      <ContextMenu.Item
                        key={a.kind}
                        color={a.kind === 'delete-base' ? 'red' : undefined}
                        disabled={!!refusal || !online}
                        onSelect={() => setRequest({ kind: a.kind, entry: e })}
                      >
                        {t(`action.${a.label}`)}
                      </ContextMenu.Item>
                    ))}
                    <ContextMenu.Separator />
                    <ContextMenu.Item onSelect={() => toggle(e.path)}>
                      {expanded ? t('table.hideDetails') : t('table.showDetails')}
                    </ContextMenu.Item>
                  </ContextMenu.Content>
                </ContextMenu.Root>
                {expanded ? (
                  <Table.Row className={styles.diskDetailsRow}>
                    <Table.Cell colSpan={COLUMNS} id={detailsId}>
                      <Flex direction="column" gap="3">
                        {e.chain ? (
                          <ImageChain chain={e.chain} />
                        ) : (
                          <Text size="1" color="red">
                            {unreadableText(e)}
                          </Text>
                        )}
                        {e.usedBy.length ? (
                          <Text size="1" color="gray">
                            {t('table.backingOf', { names: e.usedBy.join(', ') })}
                          </Text>
                        ) : null}
                        <DiskActionBar entry={e} onChanged={onChanged} />
                      </Flex>
                    </Table.Cell>
                  </Table.Row>
                ) : null}
              </Fragment>
            );
          })}
        </Table.Body>
      </Table.Root>
      <DiskDialogs request={request} onClose={() => setRequest(null)} onChanged={onChanged} />
    </>
  );
}
