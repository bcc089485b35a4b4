import { Card, Flex, IconButton, Text, Tooltip } from '@radix-ui/themes';
import { TrashIcon } from '@radix-ui/react-icons';
import type { ReactNode } from 'react';
import styles from '../editor.module.css';

/** One device of a list page (a disk, a drive, a NIC): its title, a remove button, its settings. */
export function DeviceCard({
  title,
  detail,
  removeLabel,
  removeHint,
  onRemove,
  children,
}: {
  title: string;
  detail?: ReactNode;
  removeLabel: string;
  removeHint: string;
  onRemove: () => void;
  children: ReactNode;
}) {
  return (
    <Card size="2" className={styles.deviceCard} role="group" aria-label={title}>
      <Flex direction="column" gap="3">
        <Flex align="center" gap="2">
          <Text size="2" weight="bold">
            {title}
          </Text>
          {detail ? (
            <Text size="1" color="gray" truncate className={styles.deviceDetail}>
              {detail}
            </Text>
          ) : null}
          <div className="toolbar-spacer" />
          <Tooltip content={removeHint}>
            <IconButton type="button" size="1" variant="ghost" color="red" aria-label={removeLabel} onClick={onRemove}>
              <TrashIcon />
            </IconButton>
          </Tooltip>
        </Flex>
        {children}
      </Flex>
    </Card>
  );
}
