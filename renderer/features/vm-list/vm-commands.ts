import type { VmSummary } from '../../../shared/model/index.js';
import { forceOffVm, pauseVm, resumeVm, shutdownVm, startVm } from '../../store/actions.js';
import { askConfirm, setCreateOpen, showPane, showTab, toggleHostPane } from '../../store/ui.js';
import { selectVm } from '../../store/vms.js';
import {
  canDelete,
  canForceOff,
  canOpenConsole,
  canPause,
  canReset,
  canResume,
  canShutdown,
  canStart,
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
    case 'consoleTab':
    case 'console':
      if (vm) openConsole(vm);
      return;
  }
  if (!vm || busy) return;
  if (id === 'delete') askDelete(vm);
  if (id === 'start' && canStart(vm)) void startVm(vm.id);
  if (id === 'shutdown' && canShutdown(vm)) void shutdownVm(vm.id);
  if (id === 'forceOff' && canForceOff(vm)) void forceOffVm(vm.id);
}
