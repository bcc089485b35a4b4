import { Button, DropdownMenu, Flex, Heading, IconButton, Tabs, Text, Tooltip } from '@radix-ui/themes';
import { CodeIcon, CursorArrowIcon, DotsHorizontalIcon, DownloadIcon } from '@radix-ui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showTab, useUi, type DetailsTab } from '../../store/ui.js';
import { useSelectedVm, useVms } from '../../store/vms.js';
import { canOpenConsole } from '../../lib/vm-state.js';
import { StateBadge } from '../vm-list/StateBadge.js';
import { CloneMenuItem } from '../vm-list/CloneMenuItem.js';
import { LabMenuItems } from '../labs/LabMenuItems.js';
import { LazyBoundary } from '../../shell/LazyBoundary.js';
import { ConsolePage, HardwareEditor, PerformancePage, SnapshotsPage } from '../../shell/views.js';
import { CrashReport } from './CrashReport.js';
import { CommandLineDialog } from './CommandLineDialog.js';
import { CustomizeBanner } from './CustomizeBanner.js';
import { DisposableBadge } from './DisposableBadge.js';
import { exportScript } from './details-actions.js';
import { ShutdownCountdown } from './ShutdownCountdown.js';
import { VmWarning } from './VmWarning.js';
import styles from './details.module.css';
import paneStyles from '../../theme/pane.module.css';

export function VmDetails() {
  const { t } = useTranslation('details');
  const vm = useSelectedVm();
  const chosenTab = useUi((s) => s.tab);
  const anyVm = useVms((s) => Object.keys(s.vms).length > 0);
  const [cmdOpen, setCmdOpen] = useState(false);

  if (!vm && !anyVm) return null;
  if (!vm) {
    return (
      <Flex direction="column" align="center" justify="center" gap="2" className={styles.noSelection}>
        <CursorArrowIcon width="28" height="28" aria-hidden />
        <Text size="2" color="gray">
          {t('pane.noSelection')}
        </Text>
      </Flex>
    );
  }

  const consoleOk = canOpenConsole(vm);
  // A broken VM (no definition) has neither a console nor snapshots (nor statistics) to show.
  const tab: DetailsTab =
    (chosenTab === 'console' && !consoleOk) || ((chosenTab === 'snapshots' || chosenTab === 'performance') && !vm.config)
      ? 'details'
      : chosenTab;
  const { config } = vm;

  return (
    <Flex direction="column" className={styles.details}>
      <Flex align="center" gap="3" px="4" pt="3" pb="1">
        {/* The name gives way first (it is in the list too): the actions stay whole in either language. */}
        <Heading as="h2" size="4" truncate>
          {vm.name}
        </Heading>
        <StateBadge state={vm.status.state} />
        {vm.status.disposable ? <DisposableBadge /> : null}
        {vm.status.state === 'shutting-down' ? <ShutdownCountdown forceOffAt={vm.status.forceOffAt} /> : null}
        <div className="toolbar-spacer" />
        {config ? (
          <Flex gap="1" flexShrink="0">
            <Tooltip content={t('pane.showCommandLineHint')}>
              <Button size="1" variant="ghost" color="gray" onClick={() => setCmdOpen(true)} className={styles.headerAction}>
                <CodeIcon /> {t('pane.showCommandLine')}
              </Button>
            </Tooltip>
            <DropdownMenu.Root>
              <DropdownMenu.Trigger>
                <IconButton size="1" variant="ghost" color="gray" aria-label={t('pane.moreActions')}>
                  <DotsHorizontalIcon />
                </IconButton>
              </DropdownMenu.Trigger>
              <DropdownMenu.Content align="end">
                <CloneMenuItem vm={vm} />
                <LabMenuItems vm={vm} menu="dropdown" />
                <DropdownMenu.Item onSelect={() => void exportScript(vm.id, vm.name)}>
                  <DownloadIcon /> {t('pane.exportScript')}
                </DropdownMenu.Item>
              </DropdownMenu.Content>
            </DropdownMenu.Root>
          </Flex>
        ) : null}
      </Flex>
      <VmWarning vm={vm} />
      <CustomizeBanner vm={vm} />
      <Tabs.Root value={tab} onValueChange={(v) => showTab(v as DetailsTab)} className={styles.detailsTabs}>
        <Tabs.List size="2" className={styles.detailsTablist}>
          <Tabs.Trigger value="details">{t('tab.details')}</Tabs.Trigger>
          <Tabs.Trigger value="console" disabled={!consoleOk}>
            {t('tab.console')}
          </Tabs.Trigger>
          <Tabs.Trigger value="snapshots" disabled={!vm.config}>
            {t('tab.snapshots')}
          </Tabs.Trigger>
          <Tabs.Trigger value="performance" disabled={!vm.config}>
            {t('tab.performance')}
          </Tabs.Trigger>
        </Tabs.List>
        <Tabs.Content value="details" className={styles.tabPanel}>
          {config ? (
            <>
              {vm.status.state === 'crashed' ? (
                <div className={styles.detailsCrash}>
                  <CrashReport vm={vm} />
                </div>
              ) : null}
              {/* Keyed by VM: the working copy of the settings belongs to one VM. */}
              <LazyBoundary key={vm.id} label={t('pane.loadingSettings')}>
                <HardwareEditor vm={vm} config={config} />
              </LazyBoundary>
            </>
          ) : (
            <div className={paneStyles.scroll}>
              <CrashReport vm={vm} />
            </div>
          )}
        </Tabs.Content>
        <Tabs.Content value="console" className={styles.tabPanel}>
          {/* Keyed by VM: a console belongs to one VM, switching VMs starts afresh. */}
          <LazyBoundary key={vm.id} label={t('pane.loadingConsole')}>
            <ConsolePage vm={vm} />
          </LazyBoundary>
        </Tabs.Content>
        <Tabs.Content value="snapshots" className={styles.tabPanel}>
          <LazyBoundary key={vm.id} label={t('pane.loadingSnapshots')}>
            <SnapshotsPage vm={vm} />
          </LazyBoundary>
        </Tabs.Content>
        <Tabs.Content value="performance" className={styles.tabPanel}>
          <LazyBoundary key={vm.id} label={t('pane.loadingGraphs')}>
            <PerformancePage vm={vm} />
          </LazyBoundary>
        </Tabs.Content>
      </Tabs.Root>
      {config ? <CommandLineDialog id={vm.id} name={vm.name} open={cmdOpen} onOpenChange={setCmdOpen} /> : null}
    </Flex>
  );
}
