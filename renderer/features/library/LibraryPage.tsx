import { Callout, Flex, Text } from '@radix-ui/themes';
import { DiscIcon, ExclamationTriangleIcon } from '@radix-ui/react-icons';
import { useMemo } from 'react';
import { EngineErrorCallout } from '../../forms/EngineErrorCallout.js';
import { cx } from '../../lib/cx.js';
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
  const lib = useLibrary();
  const items = useMemo(() => sortItems(lib.data?.items ?? []), [lib.data]);
  return (
    <Flex direction="column" className={cx(paneStyles.page, paneStyles.view)}>
      <PaneHeader
        icon={DiscIcon}
        title="Library"
        facts={lib.data ? countText(items) : null}
        reload={{
          label: 'Rescan',
          tip: 'Look in the folders again now (new downloads show up)',
          loading: lib.loading,
          onClick: lib.rescan,
        }}
        close={{ label: 'Close the library', tip: 'Back to the selected VM' }}
      />
      <div className={paneStyles.scroll}>
        <Flex direction="column" gap="4" className={styles.content}>
          {lib.error ? <EngineErrorCallout title="Could not read the library:" message={lib.error} /> : null}
          {lib.actionError ? <EngineErrorCallout message={lib.actionError} /> : null}
          {lib.data?.notice ? <Warning text={lib.data.notice} /> : null}
          {!lib.data && lib.loading ? <PaneLoading text="Looking for ISO and disk images…" /> : null}
          {lib.data ? <LibraryFolders lib={lib.data} busy={lib.loading} onChange={(f) => void lib.setFolders(f)} /> : null}
          {lib.data?.limited ? <Warning text={lib.data.limited} /> : null}
          {lib.data && items.length === 0 ? (
            <Text as="p" size="2" color="gray" className={paneStyles.emptyNote}>
              No install media or disk images in these folders yet. Download an ISO image into one of them and press Rescan, or add the
              folder where your images are.
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
