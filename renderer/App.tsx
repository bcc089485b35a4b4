import { Theme } from '@radix-ui/themes';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSystemAppearance } from './theme/useSystemAppearance.js';
import { useOnline } from './store/link.js';
import { ConnectionBanner } from './shell/ConnectionBanner.js';
import { Notices } from './shell/Notices.js';
import { StatusBar } from './shell/StatusBar.js';
import { useGlobalShortcuts } from './shell/useGlobalShortcuts.js';
import { VmToolbar } from './features/vm-list/VmToolbar.js';
import { VmListPane } from './features/vm-list/VmListPane.js';
import { VmDetails } from './features/vm-details/VmDetails.js';
import { NewVmDialog } from './features/vm-create/NewVmDialog.js';
import { DeleteVmDialog } from './features/vm-list/DeleteVmDialog.js';
import { ResetConfirmDialog } from './features/vm-list/ResetConfirmDialog.js';
import { DiscardStateDialog } from './features/vm-list/DiscardStateDialog.js';
import { CloneVmDialog } from './features/vm-list/CloneVmDialog.js';
import { LabDialogs } from './features/labs/LabDialogs.js';
import { useUi } from './store/ui.js';
import { useVms } from './store/vms.js';
import { LazyBoundary } from './shell/LazyBoundary.js';
import { DisksPage, HostPage, LibraryPage, NetworksPage, preloadViewsWhenIdle } from './shell/views.js';
import { useDesktopMedia } from './features/library/useDesktopMedia.js';
import shellStyles from './shell/shell.module.css';

export function App() {
  const { t } = useTranslation('app');
  const appearance = useSystemAppearance();
  const online = useOnline();
  const pane = useUi((s) => s.pane);
  const loaded = useVms((s) => s.loaded);
  useGlobalShortcuts();
  useDesktopMedia(); // an ISO dropped on the window or opened with VirtDesk starts the wizard
  // The list first; the consoles, wizard and other pages are fetched once it is on screen.
  useEffect(() => {
    if (loaded) preloadViewsWhenIdle();
  }, [loaded]);
  return (
    <Theme
      appearance={appearance}
      accentColor="indigo"
      grayColor="slate"
      radius="medium"
      scaling="95%"
      panelBackground="solid"
      className={shellStyles.app}
    >
      <VmToolbar />
      <ConnectionBanner />
      <main className={shellStyles.workspace}>
        <section className={shellStyles.listPane} aria-label={t('window.listPane')} aria-busy={!online} data-stale={!online || undefined}>
          <VmListPane />
        </section>
        <section className={shellStyles.detailsPane} aria-label={t(`window.pane.${pane}`)}>
          {pane === 'host' ? (
            <LazyBoundary key="host" label={t('window.loading.host')}>
              <HostPage />
            </LazyBoundary>
          ) : pane === 'disks' ? (
            <LazyBoundary key="disks" label={t('window.loading.disks')}>
              <DisksPage />
            </LazyBoundary>
          ) : pane === 'library' ? (
            <LazyBoundary key="library" label={t('window.loading.library')}>
              <LibraryPage />
            </LazyBoundary>
          ) : pane === 'networks' ? (
            <LazyBoundary key="networks" label={t('window.loading.networks')}>
              <NetworksPage />
            </LazyBoundary>
          ) : (
            <VmDetails />
          )}
        </section>
      </main>
      <StatusBar />
      <Notices />
      <NewVmDialog />
      <ResetConfirmDialog />
      <DiscardStateDialog />
      <CloneVmDialog />
      <DeleteVmDialog />
      <LabDialogs />
    </Theme>
  );
}
