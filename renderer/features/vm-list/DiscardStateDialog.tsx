import { AlertDialog, Button, Flex } from '@radix-ui/themes';
import { discardSavedState } from '../../store/actions.js';
import { closeConfirm, useUi } from '../../store/ui.js';
import { useVms } from '../../store/vms.js';
import { canDiscardSavedState } from '../../lib/vm-state.js';

/** The saved memory is the guest's only copy of its open work: dropping it asks first, like Reset. */
export function DiscardStateDialog() {
  const id = useUi((s) => (s.confirm?.kind === 'discard' ? s.confirm.id : null));
  const vm = useVms((s) => (id ? (s.vms[id] ?? null) : null));
  return (
    <AlertDialog.Root open={vm !== null} onOpenChange={(open) => !open && closeConfirm()}>
      <AlertDialog.Content maxWidth="460px">
        <AlertDialog.Title>Discard the saved state of “{vm?.name ?? ''}”?</AlertDialog.Title>
        <AlertDialog.Description size="2">
          The guest’s saved memory is deleted and the next start boots afresh. Like pulling the plug: whatever
          the guest had not written to its disks is lost.
        </AlertDialog.Description>
        <Flex gap="3" justify="end" mt="4">
          <AlertDialog.Cancel>
            <Button variant="soft" color="gray">
              Cancel
            </Button>
          </AlertDialog.Cancel>
          {/* The VM may have been restored meanwhile (another window); the engine would only refuse. */}
          <AlertDialog.Action>
            <Button color="red" disabled={!canDiscardSavedState(vm)} onClick={() => vm && void discardSavedState(vm.id)}>
              Discard saved state
            </Button>
          </AlertDialog.Action>
        </Flex>
      </AlertDialog.Content>
    </AlertDialog.Root>
  );
}
