import { ContextMenu, Flex, Table, Text } from '@radix-ui/themes';
import { useMemo, useRef, type KeyboardEvent } from 'react';
import type { VmSummary } from '../../../shared/model/index.js';
import { selectVm, useVms } from '../../store/vms.js';
import { formatMiB } from '../../lib/format.js';
import { StateBadge } from './StateBadge.js';
import { VmContextMenuContent } from './VmContextMenu.js';
import { askDelete, openConsole, openDetails } from './vm-commands.js';
import { WarningMark } from './WarningMark.js';

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** The VM list: one row per VM, selected by click or arrow keys, Enter/double-click opens the console. */
export function VmTable() {
  const vms = useVms((s) => s.vms);
  const selectedId = useVms((s) => s.selectedId);
  const rows = useMemo(
    () => Object.values(vms).sort((a, b) => collator.compare(a.name, b.name)),
    [vms],
  );
  const rowEls = useRef(new Map<string, HTMLTableRowElement>());

  // Roving tab stop: Tab enters the list once, at the selected row (or the first).
  const tabStop = rows.some((r) => r.id === selectedId) ? selectedId : (rows[0]?.id ?? null);

  function moveTo(vm: VmSummary | undefined) {
    if (!vm) return;
    openDetails(vm);
    const el = rowEls.current.get(vm.id);
    el?.focus();
    el?.scrollIntoView({ block: 'nearest' });
  }

  function onKeyDown(ev: KeyboardEvent<HTMLTableRowElement>, index: number, vm: VmSummary) {
    const target = {
      ArrowDown: rows[index + 1],
      ArrowUp: rows[index - 1],
      Home: rows[0],
      End: rows[rows.length - 1],
      PageDown: rows[Math.min(rows.length - 1, index + 10)],
      PageUp: rows[Math.max(0, index - 10)],
    }[ev.key];
    if (target) {
      ev.preventDefault();
      moveTo(target);
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
  }

  return (
    <Table.Root size="1" variant="ghost" className="vm-table">
      <Table.Header>
        <Table.Row>
          <Table.ColumnHeaderCell>Name</Table.ColumnHeaderCell>
          <Table.ColumnHeaderCell width="112px">State</Table.ColumnHeaderCell>
          <Table.ColumnHeaderCell width="84px" justify="end">
            Memory
          </Table.ColumnHeaderCell>
          <Table.ColumnHeaderCell width="64px" justify="end">
            CPUs
          </Table.ColumnHeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {rows.map((vm, index) => (
          <ContextMenu.Root key={vm.id}>
            <ContextMenu.Trigger>
              <Table.Row
                ref={(el) => {
                  if (el) rowEls.current.set(vm.id, el);
                  else rowEls.current.delete(vm.id);
                }}
                className="vm-row"
                align="center"
                aria-selected={vm.id === selectedId}
                tabIndex={vm.id === tabStop ? 0 : -1}
                onClick={() => openDetails(vm)}
                onDoubleClick={() => openConsole(vm)}
                onContextMenu={() => selectVm(vm.id)}
                onFocus={() => vm.id !== selectedId && selectVm(vm.id)}
                onKeyDown={(ev) => onKeyDown(ev, index, vm)}
              >
                <Table.RowHeaderCell>
                  <Text weight="medium" truncate className="vm-name">
                    {vm.name}
                  </Text>
                </Table.RowHeaderCell>
                <Table.Cell>
                  <Flex align="center" gap="2">
                    <StateBadge state={vm.status.state} />
                    {vm.status.warning ? <WarningMark warning={vm.status.warning} /> : null}
                  </Flex>
                </Table.Cell>
                <Table.Cell justify="end" className="numeric">
                  {vm.config ? formatMiB(vm.config.memoryMiB) : '—'}
                </Table.Cell>
                <Table.Cell justify="end" className="numeric">
                  {vm.config ? vm.config.cpus : '—'}
                </Table.Cell>
              </Table.Row>
            </ContextMenu.Trigger>
            <VmContextMenuContent vm={vm} />
          </ContextMenu.Root>
        ))}
      </Table.Body>
    </Table.Root>
  );
}
