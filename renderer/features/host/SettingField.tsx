import { Flex, Text, TextField } from '@radix-ui/themes';
import styles from './host.module.css';
import formStyles from '../../forms/forms.module.css';

export interface SettingFieldProps {
  id: string;
  label: string;
  /** Words around the field, so it reads as a sentence ("Warn after [30] s without a sign of life"). */
  before: string;
  after: string;
  unit: string;
  value: string;
  onChange: (text: string) => void;
  disabled: boolean;
  /** The problem with the value, or null; the hint shows otherwise. */
  error: string | null;
  hint: string;
}

/** One numeric setting, written as a sentence, with its message underneath. */
export function SettingField({ id, label, before, after, unit, value, onChange, disabled, error, hint }: SettingFieldProps) {
  return (
    <Flex direction="column" gap="1">
      <Text as="label" htmlFor={id} size="2" weight="medium">
        {label}
      </Text>
      <Flex align="center" gap="2" wrap="wrap">
        <Text size="2" aria-hidden>
          {before}
        </Text>
        <TextField.Root
          id={id}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          inputMode="numeric"
          autoComplete="off"
          disabled={disabled}
          placeholder={disabled ? '…' : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-msg`}
          className={styles.settingInput}
        >
          <TextField.Slot side="right">{unit}</TextField.Slot>
        </TextField.Root>
        <Text size="2" aria-hidden>
          {after}
        </Text>
      </Flex>
      <Text id={`${id}-msg`} size="1" color={error ? 'red' : 'gray'} className={formStyles.fieldMessage}>
        {error ?? hint}
      </Text>
    </Flex>
  );
}
