import { lazyView } from './lazy-view.js';

// The views the VM list does not need for its first paint, each a chunk of its own: a VM's settings
// (shown once one is selected), the consoles (xterm.js, noVNC), the charts, the host, disk and library pages,
// snapshots, the New VM wizard, the Clone form (it brings the name rules, hence zod).
export const HardwareEditor = lazyView(() => import('../features/vm-details/HardwareEditor.js'), 'HardwareEditor');
export const ConsolePage = lazyView(() => import('../features/console/ConsolePage.js'), 'ConsolePage');
export const SnapshotsPage = lazyView(() => import('../features/snapshots/SnapshotsPage.js'), 'SnapshotsPage');
export const PerformancePage = lazyView(() => import('../features/performance/PerformancePage.js'), 'PerformancePage');
export const HostPage = lazyView(() => import('../features/host/HostPage.js'), 'HostPage');
export const DisksPage = lazyView(() => import('../features/disks/DisksPage.js'), 'DisksPage');
export const LibraryPage = lazyView(() => import('../features/library/LibraryPage.js'), 'LibraryPage');
export const NetworksPage = lazyView(() => import('../features/networks/NetworksPage.js'), 'NetworksPage');
export const NewVmWizard = lazyView(() => import('../features/vm-create/NewVmWizard.js'), 'NewVmWizard');
export const CloneForm = lazyView(() => import('../features/vm-list/CloneForm.js'), 'CloneForm');

/** Most likely first: a VM's settings (a click away), its console, creating one, then the tabs and pages. */
const ORDER = [
  HardwareEditor,
  ConsolePage,
  NewVmWizard,
  SnapshotsPage,
  PerformancePage,
  HostPage,
  DisksPage,
  LibraryPage,
  NetworksPage,
  CloneForm,
];

let started = false;

/**
 * Once the list is painted, fetch the other views while the window is idle, one per idle period, so
 * opening one later (a click or a shortcut) rarely waits and the first paint never does. A chunk that
 * fails to arrive here is fetched again on first use, where a failure is shown.
 */
export function preloadViewsWhenIdle(): void {
  if (started) return;
  started = true;
  const idle = (fn: () => void) =>
    typeof requestIdleCallback === 'function' ? requestIdleCallback(fn, { timeout: 2000 }) : setTimeout(fn, 200);
  const next = (i: number) => {
    const view = ORDER[i];
    if (!view) return;
    idle(() => {
      void view
        .preload()
        .catch(() => undefined)
        .finally(() => next(i + 1));
    });
  };
  // After the frame that shows the list has been painted, never before it.
  requestAnimationFrame(() => setTimeout(() => next(0), 0));
}
