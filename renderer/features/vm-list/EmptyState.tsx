import { Button, Flex, Heading, Link, Text } from '@radix-ui/themes';
import { PlusIcon } from '@radix-ui/react-icons';
import { useTranslation } from 'react-i18next';
import { setCreateOpen, showPane } from '../../store/ui.js';
import { useVms } from '../../store/vms.js';
import { MODE_SHORT } from '../../lib/host-verdict.js';
import { VerdictIcon } from '../host/VerdictIcon.js';
import styles from './vm-list.module.css';

const MODE_VERDICT = { kvm: 'ok', tcg: 'warn', none: 'error' } as const;

/** First run: say what to do next rather than showing an empty table, and what this host can do. */
export function EmptyState() {
  const { t } = useTranslation('vmList');
  const overall = useVms((s) => s.host?.overall);
  return (
    <Flex direction="column" align="center" justify="center" gap="3" className={styles.emptyState}>
      <div className={styles.emptyIllustration} aria-hidden>
        <svg viewBox="0 0 64 48" width="72" height="54" fill="none" stroke="currentColor" strokeWidth="2">
          <rect x="4" y="4" width="56" height="32" rx="3" />
          <path d="M24 44h16M32 36v8" />
          <path d="M14 14l6 5-6 5M24 25h10" />
        </svg>
      </div>
      <Heading as="h2" size="4" align="center">
        {t('empty.title')}
      </Heading>
      <Text as="p" size="2" color="gray" align="center" className={styles.emptyText}>
        {t('empty.text')}
      </Text>
      {/* Named differently from the toolbar's "New VM" so each button has a unique accessible name. */}
      <Button size="2" onClick={() => setCreateOpen(true)}>
        <PlusIcon /> {t('empty.create')}
      </Button>
      {/* Two pieces that wrap as wholes: a narrow list puts the link under the verdict, not half of each. */}
      <Flex align="center" justify="center" wrap="wrap" gapX="3" gapY="1" mt="2" className={styles.emptyHost}>
        <Flex align="center" gap="2">
          {overall ? <VerdictIcon verdict={MODE_VERDICT[overall.mode]} /> : null}
          <Text size="2" color="gray">
            {overall ? MODE_SHORT[overall.mode] : t('empty.canThisHost')}
          </Text>
        </Flex>
        <Link asChild size="2">
          <button type="button" className="link-button" onClick={() => showPane('host')}>
            {t('empty.checkHost')}
          </button>
        </Link>
      </Flex>
    </Flex>
  );
}
