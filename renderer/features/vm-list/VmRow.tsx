import { ContextMenu, Flex, Table, Text } from '@radix-ui/themes';
import { memo, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { firstIpv4, type VmSummary } from '../../../shared/model/index.js';
import { formatMiB } from '../../lib/format.js';
import { selectVm } from '../../store/vms.js';
import type { ColumnId } from './list-columns.js';
import { LabMark } from '../labs/LabMark.js';
import { StateBadge } from './StateBadge.js';
import { isUsageColumn, UsageCells } from './UsageCells.js';
import { VmContextMenuContent } from './VmContextMenu.js';
import { openConsole, openDetails } from './vm-commands.js';
import { WarningMark } from './WarningMark.js';
import styles from './vm-list.module.css';

export interface VmRowProps {
  vm: VmSummary;
  /** 0-based place in the sorted list; aria-rowindex counts the header as row 1. */
  index: number;
  selected: boolean;
  /** The one row Tab lands on (roving tab stop). */
  tabStop: boolean;
  columns: readonly ColumnId[];
  /** Stable for the table's life: the table knows the neighbours the arrow keys go to. */
  onKeyDown: (ev: KeyboardEvent<HTMLTableRowElement>, index: number, vm: VmSummary) => void;
  rowRef: (id: string, el: HTMLTableRowElement | null) => void;
}

/** One VM in the list. Memoised: a row re-renders when its VM, place or selection changes, not with the list. */
export const VmRow = memo(function VmRow({ vm, index, selected, tabStop, columns, onKeyDown, rowRef }: VmRowProps) {
  const { t } = useTranslation('guest'); // memoised: a language change must still redraw its figures (RAM in MiB / Mio)
  const usage = columns.filter(isUsageColumn);
  const ip = firstIpv4(vm.status.guest);
  return (
    <ContextMenu.Root>
      <ContextMenu.Trigger>
        <Table.Row
          ref={(el) => rowRef(vm.id, el)}
          className={styles.vmRow}
          align="center"
          aria-rowindex={index + 2}
          aria-selected={selected}
          tabIndex={tabStop ? 0 : -1}
          data-vm-id={vm.id}
          onClick={() => openDetails(vm)}
          onDoubleClick={() => openConsole(vm)}
          onContextMenu={() => selectVm(vm.id)}
          onFocus={() => !selected && selectVm(vm.id)}
          onKeyDown={(ev) => onKeyDown(ev, index, vm)}
        >
          <Table.RowHeaderCell>
            <Flex align="baseline" gap="2" className={styles.nameCell}>
              <Text weight="medium" truncate className={styles.vmName}>
                {vm.name}
              </Text>
              {vm.config?.lab ? <LabMark lab={vm.config.lab} /> : null}
              {ip ? (
                <Text size="1" color="gray" className={styles.vmAddress} title={t('info.listAddress')} data-testid="vm-address">
                  {ip}
                </Text>
              ) : null}
            </Flex>
          </Table.RowHeaderCell>
          <Table.Cell>
            <Flex align="center" gap="2">
              <StateBadge state={vm.status.state} />
              {vm.status.warning ? <WarningMark warning={vm.status.warning} /> : null}
            </Flex>
          </Table.Cell>
          {usage.length ? <UsageCells vm={vm} columns={usage} /> : null}
          {columns.includes('ram') ? (
            <Table.Cell justify="end" className="numeric">
              {vm.config ? formatMiB(vm.config.memoryMiB) : '—'}
            </Table.Cell>
          ) : null}
          {columns.includes('vcpus') ? (
            <Table.Cell justify="end" className="numeric">
              {vm.config ? vm.config.cpus : '—'}
            </Table.Cell>
          ) : null}
          <Table.Cell className={styles.columnMenuCell} />
        </Table.Row>
      </ContextMenu.Trigger>
      <VmContextMenuContent vm={vm} />
    </ContextMenu.Root>
  );
});
