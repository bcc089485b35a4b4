import { Badge, Code, Flex, Table, Text } from '@radix-ui/themes';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QemuCapabilities } from '../../../shared/model/index.js';
import { CPU_ALIAS_DESCRIPTION, filterCpus } from './capabilities-view.js';
import { FilterField } from './FilterField.js';
import styles from './host.module.css';

/** Marks for the models a VM's CPU setting talks about (Overview shows "QEMU default (qemu64)"). */
const MARK = {
  qemu64: { text: 'capabilities.cpus.mark.qemu64', color: 'green' },
  host: { text: 'capabilities.cpus.mark.host', color: 'blue' },
  max: { text: 'capabilities.cpus.mark.max', color: 'gray' },
} as const;
const markOf = (name: string) => (Object.hasOwn(MARK, name) ? MARK[name as keyof typeof MARK] : undefined);

export function CpuModels({ cpus }: { cpus: QemuCapabilities['cpus'] }) {
  const { t } = useTranslation('host');
  const [filter, setFilter] = useState('');
  const rows = filterCpus(cpus, filter);
  return (
    <Flex direction="column" className={styles.capsFiltered}>
      <div className={styles.capsFilterBar}>
        <FilterField label={t('capabilities.cpus.filter')} value={filter} onChange={setFilter} shown={rows.length} total={cpus.length} />
      </div>
      <div className={styles.capsScroll} tabIndex={0} aria-label={t('capabilities.cpus.list')}>
        {rows.length === 0 ? (
          <Text as="p" size="2" color="gray" className={styles.capsEmpty}>
            {t('capabilities.cpus.none', { filter: filter.trim() })}
          </Text>
        ) : (
          <Table.Root size="1" variant="ghost" layout="fixed" className={styles.capsTable}>
            <Table.Header>
              <Table.Row>
                <Table.ColumnHeaderCell width="38%">{t('capabilities.cpus.name')}</Table.ColumnHeaderCell>
                <Table.ColumnHeaderCell>{t('capabilities.cpus.description')}</Table.ColumnHeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {rows.map((c) => {
                const mark = markOf(c.name);
                return (
                  <Table.Row key={c.name}>
                    <Table.RowHeaderCell>
                      <Flex align="center" gap="2" wrap="wrap">
                        <Code variant="ghost" size="2">
                          {c.name}
                        </Code>
                        {mark ? (
                          <Badge size="1" color={mark.color} variant="soft">
                            {t(mark.text)}
                          </Badge>
                        ) : null}
                      </Flex>
                    </Table.RowHeaderCell>
                    <Table.Cell>
                      {c.description === CPU_ALIAS_DESCRIPTION ? (
                        <Text color="gray">{t('capabilities.cpus.alias')}</Text>
                      ) : c.description.startsWith('(') || !c.description ? (
                        // "(alias of Skylake-Client-v2)": QEMU's own note, not a description
                        <Text color="gray">{c.description || '—'}</Text>
                      ) : (
                        c.description
                      )}
                    </Table.Cell>
                  </Table.Row>
                );
              })}
            </Table.Body>
          </Table.Root>
        )}
      </div>
    </Flex>
  );
}
