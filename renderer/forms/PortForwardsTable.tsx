import { Button, Flex, IconButton, Select, Table, Text, TextField, Tooltip, VisuallyHidden } from '@radix-ui/themes';
import { PlusIcon, TrashIcon } from '@radix-ui/react-icons';
import { Trans, useTranslation } from 'react-i18next';
import { newForwardRow, type ForwardRow } from './forward-rows.js';
import styles from './forms.module.css';

interface Props {
  /** Prefix of the input ids, unique on the page. */
  idPrefix: string;
  rows: ForwardRow[];
  onChange: (rows: ForwardRow[]) => void;
  /** Message for a row's field by index, or undefined. */
  errorOf: (index: number, field: 'hostPort' | 'guestPort' | 'proto') => string | undefined;
  /** Row fields the person has typed into: only those show their message. */
  onTouch?: (index: number, field: 'hostPort' | 'guestPort') => void;
  disabled?: boolean;
}

/**
 * User-mode networking's port forwards (QEMU's hostfwd=tcp:127.0.0.1:2222-:22): a connection to the
 * host port on this machine reaches the guest port. Bound on 127.0.0.1 only.
 */
export function PortForwardsTable({ idPrefix, rows, onChange, errorOf, onTouch, disabled }: Props) {
  const { t } = useTranslation(['app', 'common']);
  const update = (i: number, patch: Partial<ForwardRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const remove = (i: number) => onChange(rows.filter((_, j) => j !== i));
  const messages = rows.flatMap((_, i) =>
    (['hostPort', 'guestPort'] as const).flatMap((f) => {
      const m = errorOf(i, f);
      return m ? [{ i, f, m }] : [];
    }),
  );
  return (
    <Flex direction="column" gap="2">
      {rows.length ? (
        <Table.Root size="1" variant="surface" className={styles.forwardsTable}>
          <Table.Header>
            <Table.Row>
              <Table.ColumnHeaderCell width="104px">{t('forwards.protocol')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{t('forwards.hostPort')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell>{t('forwards.guestPort')}</Table.ColumnHeaderCell>
              <Table.ColumnHeaderCell width="44px">
                <VisuallyHidden>{t('common:action.remove')}</VisuallyHidden>
              </Table.ColumnHeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {rows.map((r, i) => {
              const hostErr = errorOf(i, 'hostPort');
              const guestErr = errorOf(i, 'guestPort');
              return (
                <Table.Row key={r.key} align="center">
                  <Table.Cell>
                    <Select.Root
                      size="1"
                      value={r.proto}
                      disabled={disabled}
                      onValueChange={(v) => update(i, { proto: v as ForwardRow['proto'] })}
                    >
                      <Select.Trigger aria-label={t('forwards.protocolOf', { n: i + 1 })} />
                      <Select.Content position="popper">
                        <Select.Item value="tcp">TCP</Select.Item>
                        <Select.Item value="udp">UDP</Select.Item>
                      </Select.Content>
                    </Select.Root>
                  </Table.Cell>
                  <Table.Cell>
                    <TextField.Root
                      size="1"
                      id={`${idPrefix}-${i}-host`}
                      aria-label={t('forwards.hostPortOf', { n: i + 1 })}
                      aria-invalid={hostErr ? true : undefined}
                      aria-describedby={`${idPrefix}-msg`}
                      inputMode="numeric"
                      autoComplete="off"
                      value={r.hostPort}
                      disabled={disabled}
                      onChange={(e) => {
                        update(i, { hostPort: e.target.value });
                        onTouch?.(i, 'hostPort');
                      }}
                    />
                  </Table.Cell>
                  <Table.Cell>
                    <TextField.Root
                      size="1"
                      id={`${idPrefix}-${i}-guest`}
                      aria-label={t('forwards.guestPortOf', { n: i + 1 })}
                      aria-invalid={guestErr ? true : undefined}
                      aria-describedby={`${idPrefix}-msg`}
                      inputMode="numeric"
                      autoComplete="off"
                      value={r.guestPort}
                      disabled={disabled}
                      onChange={(e) => {
                        update(i, { guestPort: e.target.value });
                        onTouch?.(i, 'guestPort');
                      }}
                    />
                  </Table.Cell>
                  <Table.Cell>
                    <Tooltip content={t('forwards.remove')}>
                      <IconButton
                        type="button"
                        size="1"
                        variant="ghost"
                        color="gray"
                        disabled={disabled}
                        aria-label={t('forwards.removeOf', { n: i + 1 })}
                        onClick={() => remove(i)}
                      >
                        <TrashIcon />
                      </IconButton>
                    </Tooltip>
                  </Table.Cell>
                </Table.Row>
              );
            })}
          </Table.Body>
        </Table.Root>
      ) : null}
      <div id={`${idPrefix}-msg`}>
        {messages.map(({ i, f, m }) => (
          <Text as="p" key={`${i}-${f}`} size="1" color="red" className={styles.fieldMessage}>
            {t('forwards.problem', { n: i + 1, message: m })}
          </Text>
        ))}
      </div>
      <Flex align="center" gap="3">
        <Button type="button" size="1" variant="soft" disabled={disabled} onClick={() => onChange([...rows, newForwardRow(rows)])}>
          <PlusIcon /> {t('forwards.add')}
        </Button>
        {rows.length === 0 ? (
          <Text size="1" color="gray">
            <Trans t={t} i18nKey="forwards.example" components={{ code: <code /> }} />
          </Text>
        ) : null}
      </Flex>
    </Flex>
  );
}
