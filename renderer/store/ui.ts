import { create } from 'zustand';

export type DetailsTab = 'overview' | 'console';

/** What the right-hand pane shows: the selected VM, or the host (virt-manager's connection details). */
export type Pane = 'vm' | 'host';

interface UiState {
  pane: Pane;
  tab: DetailsTab;
  createOpen: boolean;
  /**
   * The person asked for the console (tab, Enter, double-click, toolbar), so the terminal may take the
   * keyboard focus. Merely moving through the list while the Console tab is showing must not steal it.
   */
  consoleWantsFocus: boolean;
  /** Bumped on every such request, so an already connected terminal takes the focus too. */
  consoleFocusSeq: number;
}

export const useUi = create<UiState>(() => ({
  pane: 'vm',
  tab: 'overview',
  createOpen: false,
  consoleWantsFocus: false,
  consoleFocusSeq: 0,
}));

export function showTab(tab: DetailsTab): void {
  useUi.setState((s) => ({
    pane: 'vm',
    tab,
    consoleWantsFocus: tab === 'console',
    consoleFocusSeq: s.consoleFocusSeq + (tab === 'console' ? 1 : 0),
  }));
}

export function setCreateOpen(createOpen: boolean): void {
  useUi.setState({ createOpen });
}

export function dropConsoleFocus(): void {
  useUi.setState({ consoleWantsFocus: false });
}

export function showPane(pane: Pane): void {
  useUi.setState({ pane });
}

/** The toolbar's Host button and Ctrl+H: a toggle, so the same key leads back to the VM. */
export function toggleHostPane(): void {
  useUi.setState((s) => ({ pane: s.pane === 'host' ? 'vm' : 'host' }));
}
