import { Badge, Code, Flex, Table, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import type { QemuCapabilities } from '../../../shared/model/index.js';
import { machineRows } from './capabilities-view.js';
import styles from './host.module.css';

/** `-machine help`, one row per machine type: "pc → pc-i440fx-7.2" with its marks. */
export function MachineTypes({ machines }: { machines: QemuCapabilities['machines'] }) {
  const { t } = useTranslation('host');
  const rows = machineRows(machines);
  return (
    <Table.Root size="1" variant="ghost" layout="fixed" className={styles.capsTable}>
      <Table.Header>
        <Table.Row>
          <Table.ColumnHeaderCell width="42%">{t('capabilities.machines.name')}</Table.ColumnHeaderCell>
          <Table.ColumnHeaderCell>{t('capabilities.machines.description')}</Table.ColumnHeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {rows.map((m) => (
          <Table.Row key={m.name} data-deprecated={m.deprecated || undefined}>
            <Table.RowHeaderCell>
              <Flex align="center" gap="2" wrap="wrap">
                <Code variant="ghost" size="2">
                  {m.alias ? `${m.alias} → ${m.name}` : m.name}
                </Code>
                {m.isDefault ? (
                  <Badge size="1" color="green" variant="soft">
                    {t('capabilities.machines.default')}
                  </Badge>
                ) : null}
                {m.deprecated ? (
                  <Badge size="1" color="orange" variant="soft">
                    {t('capabilities.machines.deprecated')}
                  </Badge>
                ) : null}
              </Flex>
            </Table.RowHeaderCell>
            <Table.Cell>
              <Text color={m.deprecated ? 'gray' : undefined}>{m.description}</Text>
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table.Root>
  );
}
