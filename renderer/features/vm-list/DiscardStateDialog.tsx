import { discardSavedState } from '../../store/actions.js';
import { canDiscardSavedState } from '../../lib/vm-state.js';
import { ConfirmVmDialog } from './ConfirmVmDialog.js';

/** The saved memory is the guest's only copy of its open work: dropping it asks first, like Reset. */
export function DiscardStateDialog() {
  return (
    <ConfirmVmDialog
      kind="discard"
      title={(name) => `Discard the saved state of “${name}”?`}
      action="Discard saved state"
      allowed={canDiscardSavedState}
      run={(id) => void discardSavedState(id)}
      maxWidth="460px"
    >
      The guest’s saved memory is deleted and the next start boots afresh. Like pulling the plug: whatever the guest had not written to its
      disks is lost.
    </ConfirmVmDialog>
  );
}
