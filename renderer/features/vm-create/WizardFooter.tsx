import { Button, Dialog, Spinner, Text } from '@radix-ui/themes';
import { ArrowLeftIcon, ArrowRightIcon } from '@radix-ui/react-icons';
import { useTranslation } from 'react-i18next';
import styles from './wizard.module.css';

interface Props {
  first: boolean;
  last: boolean;
  valid: boolean;
  online: boolean;
  /** Checking the source or creating: a spinner on the main button, nothing else to press. */
  busy: boolean;
  blocked: boolean;
  customize: boolean;
  onBack: () => void;
}

/** Cancel on the left; Back and Next (Create on the last step) on the right, where installers put them. */
export function WizardFooter({ first, last, valid, online, busy, blocked, customize, onBack }: Props) {
  const { t } = useTranslation(['wizard', 'common']);
  return (
    <footer className={styles.footer}>
      <Dialog.Close>
        <Button type="button" variant="soft" color="gray" disabled={busy}>
          {t('common:action.cancel')}
        </Button>
      </Dialog.Close>
      <Text size="1" color="gray" className={styles.footerNote} role="status">
        {!online ? t('footer.waiting') : !valid ? t('footer.incomplete') : ''}
      </Text>
      <Button type="button" variant="soft" disabled={first || busy} onClick={onBack}>
        <ArrowLeftIcon /> {t('common:action.back')}
      </Button>
      {/* The form's submit button, so Enter in a field moves on too. */}
      <Button type="submit" disabled={blocked} className={styles.next}>
        {busy ? <Spinner size="1" /> : null}
        {last ? (customize ? t('common:action.create') : t('footer.createAndStart')) : t('common:action.next')}
        {!last && !busy ? <ArrowRightIcon /> : null}
      </Button>
    </footer>
  );
}
