import { Select } from '@radix-ui/themes';
import type { ReactNode } from 'react';
import styles from './forms.module.css';

export interface EnumOption<T extends string> {
  value: T;
  label: ReactNode;
}

interface Props<T extends string> {
  /** The trigger's id, which the FormField's label points at. */
  id: string;
  value: T;
  options: readonly EnumOption<T>[];
  onChange: (value: NoInfer<T>) => void;
  /** Set apart above the others by a line: "QEMU default", the OS's recommended model. */
  lead?: EnumOption<T>;
  /** As wide as the field: option labels that explain themselves ("VirtIO (fastest; …)"). */
  wide?: boolean;
  /** Many options (CPU models, machine types): the list scrolls inside the window. */
  long?: boolean;
  disabled?: boolean;
  'aria-describedby'?: string;
}

/** One value out of a fixed list: the selects of the wizard, the hardware editor and the dialogs. */
export function EnumSelect<T extends string>({ id, value, options, onChange, lead, wide, long, disabled, ...aria }: Props<T>) {
  return (
    <Select.Root value={value} onValueChange={(v) => onChange(v as T)} disabled={disabled}>
      <Select.Trigger id={id} aria-describedby={aria['aria-describedby']} className={wide ? styles.wideSelect : undefined} />
      <Select.Content position="popper" className={long ? styles.longSelect : undefined}>
        {lead ? (
          <>
            <Select.Item value={lead.value}>{lead.label}</Select.Item>
            <Select.Separator />
          </>
        ) : null}
        {options.map((o) => (
          <Select.Item key={o.value} value={o.value}>
            {o.label}
          </Select.Item>
        ))}
      </Select.Content>
    </Select.Root>
  );
}
