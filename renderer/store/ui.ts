import { create } from 'zustand';

export type DetailsTab = 'overview' | 'console';

interface UiState {
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
  tab: 'overview',
  createOpen: false,
  consoleWantsFocus: false,
  consoleFocusSeq: 0,
}));

export function showTab(tab: DetailsTab): void {
  useUi.setState((s) => ({
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
