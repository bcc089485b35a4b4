import { Flex, Text } from '@radix-ui/themes';
import { StackIcon } from '@radix-ui/react-icons';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation(['storage', 'common']);
  const q = useDisks();
  const entries = useMemo(() => q.data ?? [], [q.data]);
  const total = useMemo(() => entries.reduce((sum, e) => sum + (e.chain?.[0]?.actualSize ?? 0), 0), [entries]);
  return (
    <Flex direction="column" className={cx(paneStyles.page, paneStyles.view)}>
      <PaneHeader
        icon={StackIcon}
        title={t('disks.title')}
        facts={q.data ? t('disks.facts', { count: entries.length, size: total }) : null}
        reload={{ label: t('common:action.refresh'), tip: t('disks.refreshTip'), loading: q.loading, onClick: q.reload }}
        close={{ label: t('disks.close'), tip: t('disks.closeTip', { keys: SHORTCUTS.disks.keys }) }}
      />
      <div className={paneStyles.scroll}>
        <Flex direction="column" gap="3">
          {q.error ? <EngineErrorCallout title={t('disks.readError')} message={q.error} /> : null}
          {!q.data && q.loading ? <PaneLoading text={t('disks.reading')} /> : null}
          {q.data && entries.length === 0 ? (
            <Text as="p" size="2" color="gray" className={paneStyles.emptyNote}>
              {t('disks.empty')}
            </Text>
          ) : null}
          {entries.length ? <DiskTable entries={entries} onChanged={q.reload} /> : null}
        </Flex>
      </div>
    </Flex>
  );
}
