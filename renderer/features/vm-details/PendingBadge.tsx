import { Badge, Tooltip, VisuallyHidden } from '@radix-ui/themes';
import { UpdateIcon } from '@radix-ui/react-icons';
import { useTranslation } from 'react-i18next';
import styles from './editor.module.css';

/** A saved setting the running VM gets only when it boots again. */
export function PendingBadge({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation('details');
  if (!compact) {
    return (
      <Badge size="1" color="amber" variant="soft" className={styles.pendingBadge}>
        <UpdateIcon aria-hidden /> {t('editor.pending')}
      </Badge>
    );
  }
  return (
    <Tooltip content={t('editor.pendingHint')}>
      <span className={styles.pendingMark}>
        <UpdateIcon aria-hidden color="var(--amber-10)" />
        <VisuallyHidden>{t('editor.pendingMark')}</VisuallyHidden>
      </span>
    </Tooltip>
  );
}
