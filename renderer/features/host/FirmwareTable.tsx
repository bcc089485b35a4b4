import { Badge, Code, Flex, Table, Text } from '@radix-ui/themes';
import { LockClosedIcon } from '@radix-ui/react-icons';
import type { QemuCapabilities } from '../../../shared/model/index.js';
import styles from './host.module.css';

/** BIOS and UEFI images this host has, from QEMU's firmware descriptors. */
export function FirmwareTable({ firmware }: { firmware: QemuCapabilities['firmware'] }) {
  if (firmware.length === 0) {
    return (
      <Text as="p" size="2" color="gray" className={styles.capsEmpty}>
        No firmware descriptors were found. QEMU then uses its built-in SeaBIOS; for UEFI install the “ovmf” package.
      </Text>
    );
  }
  return (
    <Table.Root size="1" variant="ghost" layout="fixed" className={styles.capsTable}>
      <Table.Header>
        <Table.Row>
          <Table.ColumnHeaderCell width="72px">Kind</Table.ColumnHeaderCell>
          <Table.ColumnHeaderCell>Firmware</Table.ColumnHeaderCell>
          <Table.ColumnHeaderCell width="120px">Secure Boot</Table.ColumnHeaderCell>
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
                    Variables template:{' '}
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
                  <Text>Yes</Text>
                </Flex>
              ) : (
                <Text color="gray">No</Text>
              )}
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table.Root>
  );
}
