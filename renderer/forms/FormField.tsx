import { Flex, Text } from '@radix-ui/themes';
import { ExclamationTriangleIcon } from '@radix-ui/react-icons';
import type { ReactNode } from 'react';
import styles from './forms.module.css';

interface Props {
  id: string;
  label: ReactNode;
  /** Shown once the field was touched; replaces the warning and the hint. */
  error?: string;
  /** Allowed but unwise (amber), e.g. most of the host's memory; replaces the hint. */
  warning?: ReactNode;
  hint?: ReactNode;
  /** Something beside the label, e.g. an "applies at next boot" badge. */
  aside?: ReactNode;
  children: ReactNode;
}

/** Label above, control, then the validation message, a warning or the hint, tied by aria-describedby. */
export function FormField({ id, label, error, warning, hint, aside, children }: Props) {
  const msgId = `${id}-msg`;
  return (
    <Flex direction="column" gap="1">
      <Flex align="center" gap="2">
        <Text as="label" htmlFor={id} size="2" weight="medium">
          {label}
        </Text>
        {aside}
      </Flex>
      {children}
      {error ? (
        <Text id={msgId} size="1" color="red" className={styles.fieldMessage}>
          {error}
        </Text>
      ) : warning ? (
        <Flex asChild align="start" gap="1">
          <Text id={msgId} size="1" color="amber" className={styles.fieldMessage}>
            <ExclamationTriangleIcon className="hint-icon" aria-hidden />
            <span>{warning}</span>
          </Text>
        </Flex>
      ) : hint ? (
        <Text id={msgId} size="1" color="gray" className={styles.fieldMessage}>
          {hint}
        </Text>
      ) : null}
    </Flex>
  );
}

/** The props every text input of a FormField needs for its message and invalid state. */
export function fieldAria(id: string, error: string | undefined) {
  return { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': `${id}-msg` } as const;
}
