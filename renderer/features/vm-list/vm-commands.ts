import type { VmSummary } from '../../../shared/model/index.js';
import { forceOffVm, pauseVm, rebootVm, resumeVm, saveVmState, shutdownVm, startDisposable, startVm } from '../../store/actions.js';
import { usePowerPrefs } from '../../store/power-prefs.js';
import { askConfirm, setCreateOpen, showPane, showTab, toggleDisksPane, toggleHostPane } from '../../store/ui.js';
import { selectVm } from '../../store/vms.js';
import {
  canClone,
  canDelete,
  canDiscardSavedState,
  canForceOff,
  canOpenConsole,
  canPause,
  canReboot,
  canReset,
  canResume,
  canSaveState,
  canShutdown,
  canStart,
  canStartDisposable,
} from '../../lib/vm-state.js';
import type { ShortcutId } from '../../lib/shortcuts.js';

/** The same verbs behind the toolbar, the row menu and the keyboard. */
export function openConsole(vm: VmSummary): void {
  if (!canOpenConsole(vm)) return;
  selectVm(vm.id);
  showTab('console');
}

/** A deliberate pick in the list (click, arrow keys) shows that VM, also when the Host page was up. */
export function openDetails(vm: VmSummary): void {
  selectVm(vm.id);
  showPane('vm');
}

/** One button for both, like virt-manager's: Pause while it runs, Resume while it is paused. */
export function togglePause(vm: VmSummary): void {
  if (canPause(vm)) void pauseVm(vm.id);
  else if (canResume(vm)) void resumeVm(vm.id);
}

/** Reset loses the guest's unsaved work at once, so it asks first (ResetConfirmDialog). */
export function askReset(vm: VmSummary): void {
  if (canReset(vm)) askConfirm('reset', vm.id);
}

/**
 * Force off loses whatever the guest has not written, like pulling the plug: it asks first
 * (ForceOffConfirmDialog) unless the person said not to.
 */
export function askForceOff(vm: VmSummary): void {
  if (!canForceOff(vm)) return;
  if (usePowerPrefs.getState().confirmForceOff) askConfirm('force-off', vm.id);
  else void forceOffVm(vm.id);
}

/** Discarding a saved state is pulling the plug on the saved guest, so it asks (DiscardStateDialog). */
export function askDiscard(vm: VmSummary): void {
  if (canDiscardSavedState(vm)) askConfirm('discard', vm.id);
}

/** Opens CloneVmDialog, which asks for the name and full copy or linked clone. */
export function askClone(vm: VmSummary): void {
  if (canClone(vm)) askConfirm('clone', vm.id);
}

export function reboot(vm: VmSummary): void {
  if (canReboot(vm)) void rebootVm(vm.id);
}

export function saveState(vm: VmSummary): void {
  if (canSaveState(vm)) void saveVmState(vm.id);
}

export function startOnce(vm: VmSummary): void {
  if (canStartDisposable(vm)) void startDisposable(vm.id);
}

/** Opens DeleteVmDialog, which asks which files go. */
export function askDelete(vm: VmSummary): void {
  if (canDelete(vm)) askConfirm('delete', vm.id);
}

export function runShortcut(id: ShortcutId, vm: VmSummary | null, busy: boolean): void {
  switch (id) {
    case 'newVm':
      setCreateOpen(true);
      return;
    case 'details':
      showTab('details');
      return;
    case 'host':
      toggleHostPane();
      return;
    case 'disks':
      toggleDisksPane();
      return;
    case 'snapshotsTab':
      showTab('snapshots');
      return;
    case 'consoleTab':
    case 'console':
      if (vm) openConsole(vm);
      return;
  }
  if (!vm || busy) return;
  if (id === 'delete') askDelete(vm);
  if (id === 'start' && canStart(vm)) void startVm(vm.id);
  if (id === 'shutdown' && canShutdown(vm)) void shutdownVm(vm.id);
  if (id === 'forceOff') askForceOff(vm);
  if (id === 'reboot') reboot(vm);
  if (id === 'saveState') saveState(vm);
}
