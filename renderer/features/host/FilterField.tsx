import { TextField } from '@radix-ui/themes';
import { MagnifyingGlassIcon } from '@radix-ui/react-icons';
import { formatNumber } from '../../lib/format.js';
import { useTranslation } from 'react-i18next';
import styles from './host.module.css';

/** The search box above a long capability list; the count says how much of the list is shown. */
export function FilterField({
  label,
  value,
  onChange,
  shown,
  total,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  shown: number;
  total: number;
}) {
  const { t } = useTranslation('host');
  return (
    <TextField.Root
      size="2"
      type="search"
      placeholder={label}
      aria-label={label}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      autoComplete="off"
      spellCheck={false}
    >
      <TextField.Slot>
        <MagnifyingGlassIcon />
      </TextField.Slot>
      <TextField.Slot side="right">
        <span className={styles.filterCount} role="status">
          {shown === total ? formatNumber(total) : t('capabilities.filterCount', { shown, total })}
        </span>
      </TextField.Slot>
    </TextField.Root>
  );
}
