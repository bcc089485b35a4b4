import { Callout, Flex, Text } from '@radix-ui/themes';
import { ExclamationTriangleIcon, Share1Icon } from '@radix-ui/react-icons';
import { useTranslation } from 'react-i18next';
import { EngineErrorCallout } from '../../forms/EngineErrorCallout.js';
import { say } from '../../i18n/i18n.js';
import { cx } from '../../lib/cx.js';
import { PaneHeader, PaneLoading } from '../../shell/PaneHeader.js';
import { NetworkCard } from './NetworkCard.js';
import { NetworksEmpty } from './NetworksEmpty.js';
import { NewNetworkForm } from './NewNetworkForm.js';
import { useNetworks } from './useNetworks.js';
import paneStyles from '../../theme/pane.module.css';
import styles from './networks.module.css';

/**
 * The private networks between this host's VMs (virt-manager's virtual networks, without root): each
 * with its members and the multicast group behind it. It takes the details pane's place, as Disks does.
 */
export function NetworksPage() {
  const { t } = useTranslation(['networks', 'common', 'vmList']);
  const q = useNetworks();
  const networks = q.data?.networks ?? [];
  return (
    <Flex direction="column" className={cx(paneStyles.page, paneStyles.view)}>
      <PaneHeader
        icon={Share1Icon}
        title={t('view.title')}
        reload={{ label: t('common:action.refresh'), tip: t('view.toolbarHint'), loading: q.loading, onClick: q.reload }}
        close={{ label: t('common:action.close'), tip: t('vmList:toolbar.back') }}
      />
      <div className={paneStyles.scroll}>
        <Flex direction="column" gap="4" className={styles.content}>
          {q.error ? <EngineErrorCallout title={t('view.loadFailed')} message={q.error} /> : null}
          {q.data?.notice ? (
            <Callout.Root color="amber" size="1">
              <Callout.Icon>
                <ExclamationTriangleIcon />
              </Callout.Icon>
              <Callout.Text>{say(q.data.notice)}</Callout.Text>
            </Callout.Root>
          ) : null}
          {!q.data && q.loading ? <PaneLoading text={t('view.loading')} /> : null}
          {q.data ? <NewNetworkForm /> : null}
          {q.data && networks.length === 0 ? <NetworksEmpty /> : null}
          {networks.length ? (
            <>
              <Text as="p" size="2" color="gray" className={paneStyles.emptyNote}>
                {t('view.intro')}
              </Text>
              <ul className={styles.list} aria-label={t('view.list')}>
                {networks.map((n) => (
                  <li key={n.name}>
                    <NetworkCard network={n} />
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </Flex>
      </div>
    </Flex>
  );
}
