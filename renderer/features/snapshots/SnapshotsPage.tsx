import { Button, Callout, Flex, Spinner, Text, Tooltip } from '@radix-ui/themes';
import { CameraIcon, CounterClockwiseClockIcon, InfoCircledIcon, TrashIcon } from '@radix-ui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SnapshotNode } from '../../../shared/schemas/power-methods.js';
import type { VmSummary } from '../../../shared/model/index.js';
import { useOnline } from '../../store/link.js';
import { useVms } from '../../store/vms.js';
import { sentence } from '../../lib/format.js';
import { say } from '../../i18n/i18n.js';
import { useEngineQuery } from '../../lib/useEngineQuery.js';
import { EngineErrorCallout } from '../../forms/EngineErrorCallout.js';
import { snapshotTree } from './snapshot-actions.js';
import { SnapshotConfirmDialog, type SnapshotConfirm } from './SnapshotConfirmDialog.js';
import { SnapshotTree } from './SnapshotTree.js';
import { TakeSnapshotDialog } from './TakeSnapshotDialog.js';
import paneStyles from '../../theme/pane.module.css';

/**
 * The Snapshots tab: the VM's qcow2 snapshots as a tree (each under the one it was taken from, the
 * current one marked), like virt-manager's snapshot window. Read when the tab
 * opens and again whenever the VM changes (its vm-changed events), or after our own actions.
 */
export function SnapshotsPage({ vm }: { vm: VmSummary }) {
  const { t } = useTranslation('storage');
  const online = useOnline();
  const changed = useVms((s) => s.vms[vm.id]);
  const q = useEngineQuery(vm.id, () => snapshotTree(vm.id), changed);
  const [picked, setPicked] = useState<string | null>(null);
  const [taking, setTaking] = useState(false);
  const [confirm, setConfirm] = useState<SnapshotConfirm | null>(null);

  const snapshots = q.data?.snapshots ?? [];
  const selected: SnapshotNode | null = snapshots.find((s) => s.name === picked) ?? null;
  const unavailable = q.data?.unavailable ? sentence(say(q.data.unavailable)) : null;
  const ask = (kind: SnapshotConfirm['kind'], snap: SnapshotNode | null) => snap && setConfirm({ kind, snap });

  return (
    <Flex direction="column" className={paneStyles.view}>
      <Flex align="center" gap="2" px="4" py="2" className={paneStyles.toolbar} role="toolbar" aria-label={t('snapshots.toolbar')}>
        <Tooltip content={unavailable ?? t('snapshots.takeTip')}>
          {/* A span, so the tooltip explains a disabled button too. */}
          <span>
            <Button size="1" variant="soft" disabled={!online || !q.data || unavailable !== null} onClick={() => setTaking(true)}>
              <CameraIcon /> {t('snapshots.take')}
            </Button>
          </span>
        </Tooltip>
        {/* The engine refuses Revert and Delete for the same reasons it refuses taking one. */}
        <Button
          size="1"
          variant="soft"
          color="gray"
          disabled={!online || !selected || unavailable !== null}
          onClick={() => ask('revert', selected)}
        >
          <CounterClockwiseClockIcon /> {t('snapshots.revert')}
        </Button>
        <Button
          size="1"
          variant="soft"
          color="red"
          disabled={!online || !selected || unavailable !== null}
          onClick={() => ask('delete', selected)}
        >
          <TrashIcon /> {t('snapshots.delete')}
        </Button>
        <div className="toolbar-spacer" />
        {q.loading && q.data ? <Spinner size="1" aria-label={t('snapshots.readingLabel')} /> : null}
        {q.data ? (
          <Text size="1" color="gray">
            {t('snapshots.count', { count: snapshots.length })}
          </Text>
        ) : null}
      </Flex>
      <div className={paneStyles.scroll}>
        <Flex direction="column" gap="3">
          {unavailable ? (
            <Callout.Root color="amber" size="1" role="note">
              <Callout.Icon>
                <InfoCircledIcon />
              </Callout.Icon>
              <Callout.Text>
                <strong>{t('snapshots.unavailable')} </strong>
                {unavailable}
              </Callout.Text>
            </Callout.Root>
          ) : null}
          {q.error ? <EngineErrorCallout title={t('snapshots.readError')} message={q.error} /> : null}
          {!q.data && q.loading ? (
            <Flex align="center" gap="2" py="4">
              <Spinner />
              <Text size="2" color="gray">
                {t('snapshots.reading')}
              </Text>
            </Flex>
          ) : null}
          {q.data && snapshots.length === 0 ? (
            <Flex direction="column" gap="2" className={paneStyles.emptyNote}>
              <Text as="p" size="2" color="gray">
                {t('snapshots.empty')}
              </Text>
              <Text as="p" size="2" color="gray">
                {t('snapshots.where')}
              </Text>
            </Flex>
          ) : null}
          {snapshots.length ? (
            <SnapshotTree
              snapshots={snapshots}
              current={q.data?.current ?? null}
              selected={selected?.name ?? null}
              disabled={!online || unavailable !== null}
              onSelect={setPicked}
              onRevert={(s) => ask('revert', s)}
              onDelete={(s) => ask('delete', s)}
            />
          ) : null}
        </Flex>
      </div>
      <TakeSnapshotDialog
        vm={vm}
        open={taking}
        taken={snapshots.map((s) => s.name)}
        onOpenChange={setTaking}
        onTaken={(list, name) => {
          q.replace(list);
          setPicked(name);
        }}
      />
      <SnapshotConfirmDialog vm={vm} confirm={confirm} onClose={() => setConfirm(null)} onDone={(list) => q.replace(list)} />
    </Flex>
  );
}
