import { Flex, Text } from '@radix-ui/themes';
import { StackIcon } from '@radix-ui/react-icons';
import { useMemo } from 'react';
import { formatBytes } from '../../lib/format.js';
import { SHORTCUTS } from '../../lib/shortcuts.js';
import { PaneHeader, PaneLoading } from '../../shell/PaneHeader.js';
import { EngineErrorCallout } from '../../forms/EngineErrorCallout.js';
import { DiskTable } from './DiskTable.js';
import { useDisks } from './useDisks.js';
import { cx } from '../../lib/cx.js';
import paneStyles from '../../theme/pane.module.css';

/**
 * Every disk image VirtDesk knows: each VM's disks and the bases linked clones share, like
 * virt-manager's storage view. It takes the details pane's place, as the Host page does.
 */
export function DisksPage() {
  const q = useDisks();
  const entries = useMemo(() => q.data ?? [], [q.data]);
  const total = useMemo(() => entries.reduce((sum, e) => sum + (e.chain?.[0]?.actualSize ?? 0), 0), [entries]);
  return (
    <Flex direction="column" className={cx(paneStyles.page, paneStyles.view)}>
      <PaneHeader
        icon={StackIcon}
        title="Disks"
        facts={q.data ? `${entries.length === 1 ? '1 image' : `${entries.length} images`} · ${formatBytes(total)} on disk` : null}
        reload={{ label: 'Refresh', tip: 'Read the images again', loading: q.loading, onClick: q.reload }}
        close={{ label: 'Close the disks page', tip: `Back to the selected VM (${SHORTCUTS.disks.keys})` }}
      />
      <div className={paneStyles.scroll}>
        <Flex direction="column" gap="3">
          {q.error ? <EngineErrorCallout title="Could not read the disk images:" message={q.error} /> : null}
          {!q.data && q.loading ? <PaneLoading text="Reading the disk images (qemu-img info)…" /> : null}
          {q.data && entries.length === 0 ? (
            <Text as="p" size="2" color="gray" className={paneStyles.emptyNote}>
              No disk images yet. A VM’s disks show here once it has some.
            </Text>
          ) : null}
          {entries.length ? <DiskTable entries={entries} onChanged={q.reload} /> : null}
        </Flex>
      </div>
    </Flex>
  );
}
