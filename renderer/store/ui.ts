import { create } from 'zustand';
import type { SectionId } from '../features/vm-details/hardware-sections.js';

export type DetailsTab = 'details' | 'console' | 'snapshots' | 'performance';

/**
 * What the right-hand pane shows: the selected VM, the host (virt-manager's connection details),
 * every disk image (its storage view), the media library (install media and images in the user's folders)
 * or the private networks between VMs.
 */
export type Pane = 'vm' | 'host' | 'disks' | 'library' | 'networks';

interface UiState {
  pane: Pane;
  tab: DetailsTab;
  /** The hardware editor's page, kept when switching VMs (like virt-manager's list selection). */
  section: SectionId;
  createOpen: boolean;
  /** An install ISO the wizard starts with (the library's "New VM from this ISO", a dropped or opened ISO). */
  createPreset: { isoPath: string } | null;
  /**
   * The VM just created with "Customize before install": its editor offers "Begin installation"
   * until it is started.
   */
  customizingId: string | null;
  /**
   * The person asked for the console (tab, Enter, double-click, toolbar), so the terminal may take the
   * keyboard focus. Merely moving through the list while the Console tab is showing must not steal it.
   */
  consoleWantsFocus: boolean;
  /** Bumped on every such request, so an already connected terminal takes the focus too. */
  consoleFocusSeq: number;
  /**
   * The VM whose destructive action waits for a yes. Held here, not in the toolbar or the row menu,
   * because either may ask and the menu unmounts as soon as an item is picked.
   */
  confirm: { kind: ConfirmKind; id: string } | null;
}

/** The dialogs that wait for a yes (or a name, for a clone) before they touch the VM. */
export type ConfirmKind = 'reset' | 'delete' | 'discard' | 'clone' | 'force-off';

export const useUi = create<UiState>(() => ({
  pane: 'vm',
  tab: 'details',
  section: 'overview',
  createOpen: false,
  createPreset: null,
  customizingId: null,
  consoleWantsFocus: false,
  consoleFocusSeq: 0,
  confirm: null,
}));

export function showTab(tab: DetailsTab): void {
  useUi.setState((s) => ({
    pane: 'vm',
    tab,
    consoleWantsFocus: tab === 'console',
    consoleFocusSeq: s.consoleFocusSeq + (tab === 'console' ? 1 : 0),
  }));
}

export function showSection(section: SectionId): void {
  useUi.setState({ section });
}

export function setCreateOpen(createOpen: boolean): void {
  useUi.setState({ createOpen });
}

/** The wizard, opened with its install ISO filled in; it takes the preset once (takeCreatePreset). */
export function openCreateWithIso(isoPath: string): void {
  useUi.setState({ createOpen: true, createPreset: { isoPath } });
}

/** The preset ISO, handed over once: reopening the wizard later starts empty again. */
export function takeCreatePreset(): { isoPath: string } | null {
  const preset = useUi.getState().createPreset;
  if (preset) useUi.setState({ createPreset: null });
  return preset;
}

export function setCustomizing(id: string | null): void {
  useUi.setState({ customizingId: id });
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

/** The toolbar's Disks button and Ctrl+I: a toggle like Host. */
export function toggleDisksPane(): void {
  useUi.setState((s) => ({ pane: s.pane === 'disks' ? 'vm' : 'disks' }));
}

/** The toolbar's Library button: a toggle like Host. */
export function toggleLibraryPane(): void {
  useUi.setState((s) => ({ pane: s.pane === 'library' ? 'vm' : 'library' }));
}

/** The toolbar's Networks button: a toggle like Host. */
export function toggleNetworksPane(): void {
  useUi.setState((s) => ({ pane: s.pane === 'networks' ? 'vm' : 'networks' }));
}

export function askConfirm(kind: ConfirmKind, id: string): void {
  useUi.setState({ confirm: { kind, id } });
}

export function closeConfirm(): void {
  useUi.setState({ confirm: null });
}
