import { Badge, Tooltip } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import styles from './labs.module.css';

/** Beside a lab VM's name in the list: which lab it belongs to (its VMs sort together by name). */
export function LabMark({ lab }: { lab: string }) {
  const { t } = useTranslation('labs');
  return (
    <Tooltip content={t('list.member', { lab })}>
      <Badge size="1" variant="soft" color="iris" className={styles.labMark} aria-label={t('list.member', { lab })}>
        {lab}
      </Badge>
    </Tooltip>
  );
}
