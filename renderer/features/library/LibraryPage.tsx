import { Callout, Flex, Text } from '@radix-ui/themes';
import { DiscIcon, ExclamationTriangleIcon } from '@radix-ui/react-icons';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EngineErrorCallout } from '../../forms/EngineErrorCallout.js';
import { cx } from '../../lib/cx.js';
import { say } from '../../i18n/i18n.js';
import { PaneHeader, PaneLoading } from '../../shell/PaneHeader.js';
import { LibraryFolders } from './LibraryFolders.js';
import { LibraryTable } from './LibraryTable.js';
import { countText, sortItems } from './library-view.js';
import { useLibrary } from './useLibrary.js';
import paneStyles from '../../theme/pane.module.css';
import styles from './library.module.css';

/**
 * The media library, virt-manager's storage pools made for a desktop: the install media and disk
 * images in the folders the user keeps them in (Downloads by default), each with its OS, its size and
 * the VMs that use it, and "New VM" from an ISO. It takes the details pane's place, as Disks does.
 */
export function LibraryPage() {
  const { t } = useTranslation('media');
  const lib = useLibrary();
  const items = useMemo(() => sortItems(lib.data?.items ?? []), [lib.data]);
  return (
    <Flex direction="column" className={cx(paneStyles.page, paneStyles.view)}>
      <PaneHeader
        icon={DiscIcon}
        title={t('library.title')}
        facts={lib.data ? countText(items) : null}
        reload={{ label: t('library.rescan'), tip: t('library.rescanTip'), loading: lib.loading, onClick: lib.rescan }}
        close={{ label: t('library.close'), tip: t('library.closeTip') }}
      />
      <div className={paneStyles.scroll}>
        <Flex direction="column" gap="4" className={styles.content}>
          {lib.error ? <EngineErrorCallout title={t('library.readError')} message={lib.error} /> : null}
          {lib.actionError ? <EngineErrorCallout message={lib.actionError} /> : null}
          {lib.data?.notice ? <Warning text={say(lib.data.notice)} /> : null}
          {!lib.data && lib.loading ? <PaneLoading text={t('library.looking')} /> : null}
          {lib.data ? <LibraryFolders lib={lib.data} busy={lib.loading} onChange={(f) => void lib.setFolders(f)} /> : null}
          {lib.data?.limited ? <Warning text={say(lib.data.limited)} /> : null}
          {lib.data && items.length === 0 ? (
            <Text as="p" size="2" color="gray" className={paneStyles.emptyNote}>
              {t('library.empty')}
            </Text>
          ) : null}
          {items.length ? <LibraryTable items={items} detected={lib.detected} detecting={lib.detecting} /> : null}
        </Flex>
      </div>
    </Flex>
  );
}

function Warning({ text }: { text: string }) {
  return (
    <Callout.Root color="amber" size="1">
      <Callout.Icon>
        <ExclamationTriangleIcon />
      </Callout.Icon>
      <Callout.Text>{text}</Callout.Text>
    </Callout.Root>
  );
}
