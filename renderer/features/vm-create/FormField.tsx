import { Flex, Text } from '@radix-ui/themes';
import type { ReactNode } from 'react';

interface Props {
  id: string;
  label: string;
  /** Shown once the field was touched or the form submitted; replaces the hint. */
  error?: string;
  hint?: ReactNode;
  children: ReactNode;
}

/** Label above, control, then either the validation message or the hint, tied by aria-describedby. */
export function FormField({ id, label, error, hint, children }: Props) {
  return (
    <Flex direction="column" gap="1" className="form-field">
      <Text as="label" htmlFor={id} size="2" weight="medium">
        {label}
      </Text>
      {children}
      {error ? (
        <Text id={`${id}-msg`} size="1" color="red" className="field-message">
          {error}
        </Text>
      ) : hint ? (
        <Text id={`${id}-msg`} size="1" color="gray" className="field-message">
          {hint}
        </Text>
      ) : null}
    </Flex>
  );
}
