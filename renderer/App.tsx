import { Theme } from '@radix-ui/themes';
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
import { HostPage } from './features/host/HostPage.js';
import { DisksPage } from './features/disks/DisksPage.js';
import { DeleteVmDialog } from './features/vm-list/DeleteVmDialog.js';
import { ResetConfirmDialog } from './features/vm-list/ResetConfirmDialog.js';
import { DiscardStateDialog } from './features/vm-list/DiscardStateDialog.js';
import { CloneVmDialog } from './features/vm-list/CloneVmDialog.js';
import { useUi, type Pane } from './store/ui.js';

const PANE_LABEL: Record<Pane, string> = { vm: 'Details', host: 'Host', disks: 'Disks' };

export function App() {
  const appearance = useSystemAppearance();
  const online = useOnline();
  const pane = useUi((s) => s.pane);
  useGlobalShortcuts();
  return (
    <Theme
      appearance={appearance}
      accentColor="indigo"
      grayColor="slate"
      radius="medium"
      scaling="95%"
      panelBackground="solid"
      className="app"
    >
      <VmToolbar />
      <ConnectionBanner />
      <main className="workspace">
        <section
          className="list-pane"
          aria-label="Virtual machines"
          aria-busy={!online}
          data-stale={!online || undefined}
        >
          <VmListPane />
        </section>
        <section className="details-pane" aria-label={PANE_LABEL[pane]}>
          {pane === 'host' ? <HostPage /> : pane === 'disks' ? <DisksPage /> : <VmDetails />}
        </section>
      </main>
      <StatusBar />
      <Notices />
      <NewVmDialog />
      <ResetConfirmDialog />
      <DiscardStateDialog />
      <CloneVmDialog />
      <DeleteVmDialog />
    </Theme>
  );
}
