import type { VmSummary } from '../../../shared/model/index.js';
import { forceOffVm, shutdownVm, startVm } from '../../store/actions.js';
import { setCreateOpen, showPane, showTab, toggleHostPane } from '../../store/ui.js';
import { selectVm } from '../../store/vms.js';
import {
  canForceOff,
  canOpenConsole,
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
  if (id === 'start' && canStart(vm)) void startVm(vm.id);
  if (id === 'shutdown' && canShutdown(vm)) void shutdownVm(vm.id);
  if (id === 'forceOff' && canForceOff(vm)) void forceOffVm(vm.id);
}
