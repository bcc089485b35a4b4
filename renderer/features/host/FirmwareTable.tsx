import { Badge, Code, Flex, Table, Text } from '@radix-ui/themes';
import { LockClosedIcon } from '@radix-ui/react-icons';
import { useTranslation } from 'react-i18next';
import type { QemuCapabilities } from '../../../shared/model/index.js';
import styles from './host.module.css';

/** BIOS and UEFI images this host has, from QEMU's firmware descriptors. */
export function FirmwareTable({ firmware }: { firmware: QemuCapabilities['firmware'] }) {
  const { t } = useTranslation(['host', 'common']);
  if (firmware.length === 0) {
    return (
      <Text as="p" size="2" color="gray" className={styles.capsEmpty}>
        {t('capabilities.firmware.none')}
      </Text>
    );
  }
  return (
    <Table.Root size="1" variant="ghost" layout="fixed" className={styles.capsTable}>
      <Table.Header>
        <Table.Row>
          <Table.ColumnHeaderCell width="72px">{t('capabilities.firmware.kind')}</Table.ColumnHeaderCell>
          <Table.ColumnHeaderCell>{t('capabilities.firmware.name')}</Table.ColumnHeaderCell>
          <Table.ColumnHeaderCell width="120px">{t('capabilities.firmware.secureBoot')}</Table.ColumnHeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {firmware.map((f) => (
          <Table.Row key={f.path}>
            <Table.Cell>
              <Badge size="1" variant="soft" color={f.kind === 'uefi' ? 'indigo' : 'gray'}>
                {f.kind === 'uefi' ? 'UEFI' : 'BIOS'}
              </Badge>
            </Table.Cell>
            <Table.RowHeaderCell>
              <Flex direction="column" gap="1">
                <Text weight="medium">{f.name}</Text>
                <Code variant="ghost" size="1" color="gray" className="path">
                  {f.path}
                </Code>
                {f.varsTemplate ? (
                  <Text size="1" color="gray">
                    {t('capabilities.firmware.vars')}{' '}
                    <Code variant="ghost" size="1" color="gray" className="path">
                      {f.varsTemplate}
                    </Code>
                  </Text>
                ) : null}
              </Flex>
            </Table.RowHeaderCell>
            <Table.Cell>
              {f.secureBoot ? (
                <Flex align="center" gap="1">
                  <LockClosedIcon color="var(--green-11)" aria-hidden />
                  <Text>{t('common:state.yes')}</Text>
                </Flex>
              ) : (
                <Text color="gray">{t('common:state.no')}</Text>
              )}
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table.Root>
  );
}
