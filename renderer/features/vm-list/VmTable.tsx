import { Table } from '@radix-ui/themes';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useLayoutEffect, useMemo, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { VmSummary } from '../../../shared/model/index.js';
import { useElementWidth } from '../../lib/useElementWidth.js';
import { useVms } from '../../store/vms.js';
import { ColumnMenu } from './ColumnMenu.js';
import { COLUMNS, fitColumns, MENU_WIDTH, STATE_WIDTH, useListColumns } from './list-columns.js';
import { askDelete, openConsole, openDetails } from './vm-commands.js';
import { VmRow } from './VmRow.js';
import styles from './vm-list.module.css';

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** Every row (and the header) is this tall (vm-list.module.css), so the rows off screen are plain arithmetic. */
export const ROW_HEIGHT = 36;
const PAGE = 10;

/**
 * The VM list: one row per VM, selected by click or arrow keys, Enter/double-click opens the console.
 * Only the rows in view are in the DOM (500 VMs render as fast as 20), plus the tab-stop row, so the
 * keyboard focus never falls out of the list when it scrolls away.
 */
export function VmTable() {
  const { t } = useTranslation('vmList');
  const vms = useVms((s) => s.vms);
  const selectedId = useVms((s) => s.selectedId);
  const chosen = useListColumns((s) => s.visible);
  const rows = useMemo(() => Object.values(vms).sort((a, b) => collator.compare(a.name, b.name)), [vms]);
  const rootRef = useRef<HTMLDivElement>(null);
  // Graph columns that would squeeze the names out are left out until the window is wider.
  const width = useElementWidth(rootRef);
  const { shown: fitted, squeezed } = fitColumns(chosen, width);
  // Stable while the same columns show, so the memoised rows do not all re-render with the list.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by the ids
  const columns = useMemo(() => fitted, [fitted.join()]);
  const rowEls = useRef(new Map<string, HTMLTableRowElement>());
  const focusNext = useRef<string | null>(null);

  // Roving tab stop: Tab enters the list once, at the selected row (or the first).
  const selectedIndex = rows.findIndex((r) => r.id === selectedId);
  const tabStop = selectedIndex >= 0 ? selectedIndex : 0;

  const virtualizer = useVirtualizer<HTMLElement, HTMLTableRowElement>({
    count: rows.length,
    // Radix's Table.Root scrolls inside its ScrollArea; the header is sticky within it.
    getScrollElement: () => rootRef.current?.querySelector<HTMLElement>('.rt-ScrollAreaViewport') ?? null,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (index) => rows[index]?.id ?? index,
    paddingStart: ROW_HEIGHT,
    scrollPaddingStart: ROW_HEIGHT,
    overscan: 6,
    // Rows before the first measurement: a window's worth, so the very first paint has them.
    initialRect: { width: 0, height: typeof window === 'undefined' ? 800 : window.innerHeight },
    rangeExtractor: (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      return indexes.includes(tabStop) || tabStop >= rows.length ? indexes : [...indexes, tabStop].sort((a, b) => a - b);
    },
  });

  const latest = useRef({ rows, virtualizer });
  latest.current = { rows, virtualizer };

  const rowRef = useCallback((id: string, el: HTMLTableRowElement | null) => {
    if (el) rowEls.current.set(id, el);
    else rowEls.current.delete(id);
  }, []);

  const onKeyDown = useCallback((ev: KeyboardEvent<HTMLTableRowElement>, index: number, vm: VmSummary) => {
    const { rows, virtualizer } = latest.current;
    const targetIndex = {
      ArrowDown: Math.min(rows.length - 1, index + 1),
      ArrowUp: Math.max(0, index - 1),
      Home: 0,
      End: rows.length - 1,
      PageDown: Math.min(rows.length - 1, index + PAGE),
      PageUp: Math.max(0, index - PAGE),
    }[ev.key];
    if (targetIndex !== undefined && !ev.altKey) {
      ev.preventDefault();
      const target = rows[targetIndex]!;
      // The target row may not be rendered yet: it is once selected (the tab stop always is).
      focusNext.current = target.id;
      openDetails(target);
      virtualizer.scrollToIndex(targetIndex, { align: 'auto' });
      rowEls.current.get(target.id)?.focus({ preventScroll: true });
    } else if (ev.key === 'Enter' && !ev.ctrlKey && !ev.metaKey) {
      ev.preventDefault();
      openConsole(vm);
    } else if (ev.key === ' ') {
      ev.preventDefault();
      openDetails(vm);
    } else if (ev.key === 'Delete' && !ev.ctrlKey && !ev.metaKey && !ev.altKey && !ev.shiftKey) {
      // Only opens the dialog, which asks which disks go; a busy VM waits like the buttons do.
      ev.preventDefault();
      if (!useVms.getState().busy[vm.id]) askDelete(vm);
    }
  }, []);

  useLayoutEffect(() => {
    const id = focusNext.current;
    const el = id ? rowEls.current.get(id) : undefined;
    if (!el) return;
    focusNext.current = null;
    if (document.activeElement !== el) el.focus({ preventScroll: true });
  });

  // The table element is inside Radix's wrapper, so its ARIA is set here rather than as props.
  useLayoutEffect(() => {
    const table = rootRef.current?.querySelector('table');
    table?.setAttribute('aria-rowcount', String(rows.length + 1));
    table?.setAttribute('aria-label', t('list.label'));
  }, [rows.length, t]);

  const shown = COLUMNS.filter((c) => columns.includes(c.id));
  const colSpan = 3 + shown.length;
  const body: ReactNode[] = [];
  let next = 0;
  const gap = (to: number) => (
    <tr key={`gap-${next}`} aria-hidden className={styles.vmGap}>
      <td colSpan={colSpan} style={{ height: (to - next) * ROW_HEIGHT }} />
    </tr>
  );
  for (const item of virtualizer.getVirtualItems()) {
    const vm = rows[item.index];
    if (!vm) continue;
    if (item.index > next) body.push(gap(item.index));
    body.push(
      <VmRow
        key={vm.id}
        vm={vm}
        index={item.index}
        selected={vm.id === selectedId}
        tabStop={item.index === tabStop}
        columns={columns}
        onKeyDown={onKeyDown}
        rowRef={rowRef}
      />,
    );
    next = item.index + 1;
  }
  if (next < rows.length) body.push(gap(rows.length));

  return (
    <Table.Root ref={rootRef} size="1" variant="ghost" layout="fixed" className={styles.vmTable}>
      <Table.Header>
        <Table.Row aria-rowindex={1}>
          <Table.ColumnHeaderCell>{t('list.name')}</Table.ColumnHeaderCell>
          <Table.ColumnHeaderCell width={`${STATE_WIDTH}px`}>{t('list.state')}</Table.ColumnHeaderCell>
          {shown.map((c) => (
            <Table.ColumnHeaderCell key={c.id} width={`${c.width}px`} justify={c.id === 'ram' || c.id === 'vcpus' ? 'end' : 'start'}>
              {t(`columns.${c.id}.header`)}
            </Table.ColumnHeaderCell>
          ))}
          <Table.ColumnHeaderCell width={`${MENU_WIDTH}px`} className={styles.columnMenuCell}>
            <ColumnMenu squeezed={squeezed} />
          </Table.ColumnHeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>{body}</Table.Body>
    </Table.Root>
  );
}
