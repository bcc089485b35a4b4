import { CheckCircledIcon, CrossCircledIcon, ExclamationTriangleIcon, InfoCircledIcon } from '@radix-ui/react-icons';
import { useTranslation } from 'react-i18next';
import type { Verdict } from '../../../shared/model/index.js';
import { cx } from '../../lib/cx.js';
import styles from './VerdictIcon.module.css';

const ICON = {
  ok: { Icon: CheckCircledIcon, color: 'var(--green-11)' },
  warn: { Icon: ExclamationTriangleIcon, color: 'var(--amber-11)' },
  error: { Icon: CrossCircledIcon, color: 'var(--red-11)' },
  info: { Icon: InfoCircledIcon, color: 'var(--gray-10)' },
} as const;

/** Shape and colour both differ per verdict, and the name is spoken, so colour is never the only cue. */
export function VerdictIcon({ verdict, size = 16, className }: { verdict: Verdict; size?: number; className?: string }) {
  const { t } = useTranslation('host');
  const { Icon, color } = ICON[verdict];
  return (
    <Icon role="img" aria-label={t(`verdict.${verdict}`)} width={size} height={size} color={color} className={cx(styles.icon, className)} />
  );
}
