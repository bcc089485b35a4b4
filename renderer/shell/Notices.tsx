import { Callout, Flex, IconButton } from '@radix-ui/themes';
import { CheckCircledIcon, Cross2Icon, CrossCircledIcon } from '@radix-ui/react-icons';
import { useTranslation } from 'react-i18next';
import { dismissNotice, useNotices } from '../store/notices.js';
import { cx } from '../lib/cx.js';
import styles from './shell.module.css';

/** Toast-like results of actions started from the toolbar or menus (dialogs show their own). */
export function Notices() {
  const { t } = useTranslation();
  const notices = useNotices((s) => s.notices);
  return (
    <Flex direction="column" gap="2" className={styles.notices} aria-live="polite">
      {notices.map((n) => (
        <Callout.Root
          key={n.id}
          color={n.tone === 'error' ? 'red' : 'green'}
          variant="surface"
          size="1"
          role={n.tone === 'error' ? 'alert' : 'status'}
          className={styles.notice}
        >
          <Callout.Icon>{n.tone === 'error' ? <CrossCircledIcon /> : <CheckCircledIcon />}</Callout.Icon>
          <Flex direction="column" gap="1" className={styles.noticeBody}>
            <Callout.Text weight="bold">{n.title}</Callout.Text>
            {n.message ? <Callout.Text className={cx(styles.noticeMessage, 'pre-wrap')}>{n.message}</Callout.Text> : null}
          </Flex>
          <IconButton
            size="1"
            variant="ghost"
            color="gray"
            aria-label={t('action.dismiss')}
            className={styles.noticeClose}
            onClick={() => dismissNotice(n.id)}
          >
            <Cross2Icon />
          </IconButton>
        </Callout.Root>
      ))}
    </Flex>
  );
}
