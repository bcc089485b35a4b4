import { ContextMenu, Table, Text } from '@radix-ui/themes';
import { CounterClockwiseClockIcon, TrashIcon } from '@radix-ui/react-icons';
import { useRef, type KeyboardEvent } from 'react';
import type { SnapshotInfo } from '../../../shared/api.js';
import { formatTime } from '../../lib/format.js';
import { snapshotKind, stateSize } from './snapshot-labels.js';
import pickStyles from '../../theme/pick-table.module.css';

interface Props {
  snapshots: SnapshotInfo[];
  selected: string | null;
  disabled: boolean;
  onSelect: (name: string) => void;
  onRevert: (s: SnapshotInfo) => void;
  onDelete: (s: SnapshotInfo) => void;
}

/** Oldest first, as qemu-img lists them; a row is picked by click or arrow keys, Delete asks to delete. */
export function SnapshotTable({ snapshots, selected, disabled, onSelect, onRevert, onDelete }: Props) {
  const rowEls = useRef(new Map<string, HTMLTableRowElement>());
  const tabStop = snapshots.some((s) => s.name === selected) ? selected : (snapshots[0]?.name ?? null);

  function moveTo(s: SnapshotInfo | undefined) {
    if (!s) return;
    onSelect(s.name);
    rowEls.current.get(s.name)?.focus();
  }

  function onKeyDown(ev: KeyboardEvent<HTMLTableRowElement>, index: number, s: SnapshotInfo) {
    const target = { ArrowDown: snapshots[index + 1], ArrowUp: snapshots[index - 1], Home: snapshots[0], End: snapshots.at(-1) }[ev.key];
    if (target) {
      ev.preventDefault();
      moveTo(target);
    } else if (ev.key === 'Delete' && !ev.ctrlKey && !ev.metaKey && !ev.altKey && !ev.shiftKey && !disabled) {
      ev.preventDefault();
      onDelete(s);
    }
  }

  return (
    <Table.Root size="1" variant="surface" layout="fixed" className={pickStyles.table}>
      <caption className="table-caption">Snapshots</caption>
      <Table.Header>
        <Table.Row>
          <Table.ColumnHeaderCell>Name</Table.ColumnHeaderCell>
          <Table.ColumnHeaderCell width="150px">Taken</Table.ColumnHeaderCell>
          <Table.ColumnHeaderCell width="190px">Kind</Table.ColumnHeaderCell>
          <Table.ColumnHeaderCell width="86px" justify="end">
            State size
          </Table.ColumnHeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {snapshots.map((s, index) => {
          const taken = new Date(s.createdAt);
          return (
            <ContextMenu.Root key={s.name}>
              <ContextMenu.Trigger>
                <Table.Row
                  ref={(el) => {
                    if (el) rowEls.current.set(s.name, el);
                    else rowEls.current.delete(s.name);
                  }}
                  className={pickStyles.row}
                  aria-selected={s.name === selected}
                  tabIndex={s.name === tabStop ? 0 : -1}
                  onClick={() => onSelect(s.name)}
                  onFocus={() => s.name !== selected && onSelect(s.name)}
                  onContextMenu={() => onSelect(s.name)}
                  onKeyDown={(ev) => onKeyDown(ev, index, s)}
                >
                  <Table.RowHeaderCell>
                    <Text weight="medium" className="cell-text" title={s.name}>
                      {s.name}
                    </Text>
                    {s.description ? (
                      <Text as="div" size="1" color="gray" className="cell-text" title={s.description}>
                        {s.description}
                      </Text>
                    ) : null}
                  </Table.RowHeaderCell>
                  <Table.Cell className="numeric">
                    <time dateTime={s.createdAt} title={taken.toLocaleString()}>
                      {formatTime(taken.getTime())}
                    </time>
                  </Table.Cell>
                  <Table.Cell className="nowrap">{snapshotKind(s)}</Table.Cell>
                  <Table.Cell justify="end" className="numeric">
                    {stateSize(s)}
                  </Table.Cell>
                </Table.Row>
              </ContextMenu.Trigger>
              <ContextMenu.Content size="2" variant="soft">
                <ContextMenu.Label>{s.name}</ContextMenu.Label>
                <ContextMenu.Item disabled={disabled} onSelect={() => onRevert(s)}>
                  <CounterClockwiseClockIcon /> Revert…
                </ContextMenu.Item>
                <ContextMenu.Separator />
                <ContextMenu.Item color="red" disabled={disabled} shortcut="Delete" onSelect={() => onDelete(s)}>
                  <TrashIcon /> Delete…
                </ContextMenu.Item>
              </ContextMenu.Content>
            </ContextMenu.Root>
          );
        })}
      </Table.Body>
    </Table.Root>
  );
}
