import { Badge, ContextMenu, Text } from '@radix-ui/themes';
import { CounterClockwiseClockIcon, TrashIcon } from '@radix-ui/react-icons';
import { useMemo, useRef, type ComponentPropsWithRef, type KeyboardEvent } from 'react';
import type { SnapshotNode } from '../../../shared/schemas/power-methods.js';
import { formatTime } from '../../lib/format.js';
import { snapshotKind, stateSize } from './snapshot-labels.js';
import { treeKeyTarget, treeRows, type TreeRow } from './snapshot-tree.js';
import styles from './snapshots.module.css';

interface Props {
  snapshots: SnapshotNode[];
  /** The snapshot the VM was last taken as or reverted to. */
  current: string | null;
  selected: string | null;
  disabled: boolean;
  onSelect: (name: string) => void;
  onRevert: (s: SnapshotNode) => void;
  onDelete: (s: SnapshotNode) => void;
}

const noModifier = (ev: KeyboardEvent) => !ev.ctrlKey && !ev.metaKey && !ev.altKey && !ev.shiftKey;

/**
 * Each snapshot under the one it was taken from, the current one marked. A tree by ARIA's pattern:
 * one tab stop, arrows move (Right to the first child, Left to the parent), Enter asks to revert,
 * Delete asks to delete; the right-click menu offers both.
 */
export function SnapshotTree({ snapshots, current, selected, disabled, onSelect, onRevert, onDelete }: Props) {
  const rows = useMemo(() => treeRows(snapshots), [snapshots]);
  const els = useRef(new Map<string, HTMLLIElement>());
  const tabStop = rows.some((r) => r.node.name === selected) ? selected : (rows[0]?.node.name ?? null);

  function onKeyDown(ev: KeyboardEvent<HTMLLIElement>, index: number, s: SnapshotNode) {
    const target = noModifier(ev) ? treeKeyTarget(rows, index, ev.key) : null;
    if (target !== null) {
      ev.preventDefault();
      const to = rows[target]!.node.name;
      onSelect(to);
      els.current.get(to)?.focus();
    } else if (noModifier(ev) && !disabled && (ev.key === 'Delete' || ev.key === 'Enter')) {
      ev.preventDefault();
      if (ev.key === 'Delete') onDelete(s);
      else onRevert(s);
    }
  }

  return (
    <div className={styles.treeWrap}>
      <div className={styles.columns} aria-hidden>
        <Text size="1">Name</Text>
        <Text size="1">Taken</Text>
        <Text size="1" className={styles.wide}>
          Kind
        </Text>
        <Text size="1" className={`${styles.end} ${styles.wide}`}>
          State size
        </Text>
      </div>
      <ul role="tree" aria-label="Snapshots" className={styles.tree}>
        {rows.map((row, index) => (
          <ContextMenu.Root key={row.node.name}>
            <ContextMenu.Trigger>
              <TreeItem
                row={row}
                current={row.node.name === current}
                selected={row.node.name === selected}
                tabStop={row.node.name === tabStop}
                ref={(el) => {
                  if (el) els.current.set(row.node.name, el);
                  else els.current.delete(row.node.name);
                }}
                onSelect={onSelect}
                onKeyDown={(ev) => onKeyDown(ev, index, row.node)}
                onContextMenu={() => onSelect(row.node.name)}
              />
            </ContextMenu.Trigger>
            <ContextMenu.Content size="2" variant="soft">
              <ContextMenu.Label>{row.node.name}</ContextMenu.Label>
              <ContextMenu.Item disabled={disabled} shortcut="Enter" onSelect={() => onRevert(row.node)}>
                <CounterClockwiseClockIcon /> Revert…
              </ContextMenu.Item>
              <ContextMenu.Separator />
              <ContextMenu.Item color="red" disabled={disabled} shortcut="Delete" onSelect={() => onDelete(row.node)}>
                <TrashIcon /> Delete…
              </ContextMenu.Item>
            </ContextMenu.Content>
          </ContextMenu.Root>
        ))}
      </ul>
    </div>
  );
}

/** The menu's trigger hands its own props and handlers down (asChild): they all go onto the item. */
type ItemProps = Omit<ComponentPropsWithRef<'li'>, 'onSelect'> & {
  row: TreeRow;
  current: boolean;
  selected: boolean;
  tabStop: boolean;
  onSelect: (name: string) => void;
};

function TreeItem({ row, current, selected, tabStop, onSelect, ...li }: ItemProps) {
  const s = row.node;
  const taken = new Date(s.createdAt);
  return (
    <li
      {...li}
      role="treeitem"
      className={styles.item}
      aria-level={row.level}
      aria-posinset={row.posInSet}
      aria-setsize={row.setSize}
      // Every branch is shown: nothing collapses, so a parent is always "expanded".
      aria-expanded={row.hasChildren ? true : undefined}
      aria-selected={selected}
      aria-current={current ? 'true' : undefined}
      aria-label={`${s.name}${current ? ', current' : ''}`}
      tabIndex={tabStop ? 0 : -1}
      onClick={() => onSelect(s.name)}
      onFocus={() => !selected && onSelect(s.name)}
    >
      <div className={styles.name} style={{ paddingLeft: `${(row.level - 1) * 20}px` }}>
        {row.level > 1 ? (
          <span className={styles.branch} aria-hidden>
            {/* ├ while a sibling follows, └ for the last one, as `tree` draws it. */}
            {row.posInSet < row.setSize ? '├' : '└'}
          </span>
        ) : null}
        <div className={styles.nameText}>
          <Text as="div" size="2" weight="medium" className="cell-text" title={s.name}>
            {s.name}{' '}
            {current ? (
              <Badge size="1" color="green" variant="soft" title="The VM was last taken as or reverted to this snapshot">
                current
              </Badge>
            ) : null}
          </Text>
          {s.description ? (
            <Text as="div" size="1" color="gray" className="cell-text" title={s.description}>
              {s.description}
            </Text>
          ) : null}
        </div>
      </div>
      <Text size="1" className="numeric">
        <time dateTime={s.createdAt} title={taken.toLocaleString()}>
          {formatTime(taken.getTime())}
        </time>
      </Text>
      <Text size="1" className={`nowrap ${styles.wide}`}>
        {snapshotKind(s)}
      </Text>
      <Text size="1" className={`numeric ${styles.end} ${styles.wide}`}>
        {stateSize(s)}
      </Text>
    </li>
  );
}
