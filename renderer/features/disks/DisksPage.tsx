import { Button, Flex, Heading, IconButton, Spinner, Text, Tooltip } from '@radix-ui/themes';
import { Cross2Icon, ReloadIcon, StackIcon } from '@radix-ui/react-icons';
import { useMemo } from 'react';
import { formatBytes } from '../../lib/format.js';
import { SHORTCUTS } from '../../lib/shortcuts.js';
import { showPane } from '../../store/ui.js';
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
      <Flex align="center" gap="3" px="4" py="3" className={paneStyles.header}>
        <StackIcon width="20" height="20" className={paneStyles.headerIcon} aria-hidden />
        <Heading as="h2" size="4">
          Disks
        </Heading>
        {q.data ? (
          <Text size="1" color="gray" className={paneStyles.facts} truncate>
            {entries.length === 1 ? '1 image' : `${entries.length} images`} · {formatBytes(total)} on disk
          </Text>
        ) : null}
        <div className="toolbar-spacer" />
        <Tooltip content="Read the images again">
          <Button variant="ghost" color="gray" size="1" disabled={q.loading} onClick={q.reload}>
            {q.loading ? <Spinner size="1" /> : <ReloadIcon />} Refresh
          </Button>
        </Tooltip>
        <Tooltip content={`Back to the selected VM (${SHORTCUTS.disks.keys})`}>
          <IconButton variant="ghost" color="gray" aria-label="Close the disks page" onClick={() => showPane('vm')}>
            <Cross2Icon />
          </IconButton>
        </Tooltip>
      </Flex>
      <div className={paneStyles.scroll}>
        <Flex direction="column" gap="3">
          {q.error ? <EngineErrorCallout title="Could not read the disk images:" message={q.error} /> : null}
          {!q.data && q.loading ? (
            <Flex align="center" justify="center" gap="2" py="8">
              <Spinner />
              <Text size="2" color="gray">
                Reading the disk images (qemu-img info)…
              </Text>
            </Flex>
          ) : null}
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
