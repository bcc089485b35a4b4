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
import { DeleteVmDialog } from './features/vm-list/DeleteVmDialog.js';
import { ResetConfirmDialog } from './features/vm-list/ResetConfirmDialog.js';
import { useUi } from './store/ui.js';

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
        <section className="details-pane" aria-label={pane === 'host' ? 'Host' : 'Details'}>
          {pane === 'host' ? <HostPage /> : <VmDetails />}
        </section>
      </main>
      <StatusBar />
      <Notices />
      <NewVmDialog />
      <ResetConfirmDialog />
      <DeleteVmDialog />
    </Theme>
  );
}
