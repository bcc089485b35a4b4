import { resetVm } from '../../store/actions.js';
import { canReset } from '../../lib/vm-state.js';
import { ConfirmVmDialog } from './ConfirmVmDialog.js';

/** Reset skips the shutdown, so whatever the guest had not written is gone: one deliberate yes. */
export function ResetConfirmDialog() {
  return (
    <ConfirmVmDialog kind="reset" title={(name) => `Reset “${name}”?`} action="Reset" allowed={canReset} run={(id) => void resetVm(id)}>
      Like pressing the machine’s reset button: the guest starts over at once, without shutting down. Anything it has not saved is lost.
    </ConfirmVmDialog>
  );
}
