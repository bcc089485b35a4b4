import { Badge, ContextMenu, Text } from '@radix-ui/themes';
import { CounterClockwiseClockIcon, TrashIcon } from '@radix-ui/react-icons';
import { useMemo, useRef, type ComponentPropsWithRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SnapshotNode } from '../../../shared/schemas/power-methods.js';
import { currentLanguage } from '../../i18n/i18n.js';
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

/** ├ while a sibling follows, └ for the last one, as `tree` draws it. */
const BRANCH = { more: '├', last: '└' } as const;

const noModifier = (ev: KeyboardEvent) => !ev.ctrlKey && !ev.metaKey && !ev.altKey && !ev.shiftKey;

/**
 * Each snapshot under the one it was taken from, the current one marked. A tree by ARIA's pattern:
 * one tab stop, arrows move (Right to the first child, Left to the parent), Enter asks to revert,
 * Delete asks to delete; the right-click menu offers both.
 */
export function SnapshotTree({ snapshots, current, selected, disabled, onSelect, onRevert, onDelete }: Props) {
  const { t } = useTranslation('storage');
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
        <Text size="1">{t('tree.name')}</Text>
        <Text size="1">{t('tree.taken')}</Text>
        <Text size="1" className={styles.wide}>
          {t('tree.kind')}
        </Text>
        <Text size="1" className={`${styles.end} ${styles.wide}`}>
          {t('tree.stateSize')}
        </Text>
      </div>
      <ul role="tree" aria-label={t('tree.label')} className={styles.tree}>
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
              <ContextMenu.Item disabled={disabled} shortcut={t('tree.enterKey')} onSelect={() => onRevert(row.node)}>
                <CounterClockwiseClockIcon /> {t('snapshots.revert')}
              </ContextMenu.Item>
              <ContextMenu.Separator />
              <ContextMenu.Item color="red" disabled={disabled} shortcut={t('tree.deleteKey')} onSelect={() => onDelete(row.node)}>
                <TrashIcon /> {t('snapshots.delete')}
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
  const { t } = useTranslation('storage');
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
      aria-label={current ? t('tree.currentItem', { name: s.name }) : s.name}
      tabIndex={tabStop ? 0 : -1}
      onClick={() => onSelect(s.name)}
      onFocus={() => !selected && onSelect(s.name)}
    >
      <div className={styles.name} style={{ paddingLeft: `${(row.level - 1) * 20}px` }}>
        {row.level > 1 ? (
          <span className={styles.branch} aria-hidden>
            {row.posInSet < row.setSize ? BRANCH.more : BRANCH.last}
          </span>
        ) : null}
        <div className={styles.nameText}>
          {/* A long name gives way, the current mark does not. */}
          <div className={styles.nameLine}>
            <Text as="div" size="2" weight="medium" className="cell-text" title={s.name}>
              {s.name}
            </Text>
            {current ? (
              <Badge size="1" color="green" variant="soft" title={t('tree.currentTip')} className={styles.currentMark}>
                {t('tree.current')}
              </Badge>
            ) : null}
          </div>
          {s.description ? (
            <Text as="div" size="1" color="gray" className="cell-text" title={s.description}>
              {s.description}
            </Text>
          ) : null}
        </div>
      </div>
      <Text size="1" className="numeric">
        <time dateTime={s.createdAt} title={taken.toLocaleString(currentLanguage())}>
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
