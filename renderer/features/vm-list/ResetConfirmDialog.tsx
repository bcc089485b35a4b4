import { AlertDialog, Button, Flex } from '@radix-ui/themes';
import { resetVm } from '../../store/actions.js';
import { closeConfirm, useUi } from '../../store/ui.js';
import { useVms } from '../../store/vms.js';
import { canReset } from '../../lib/vm-state.js';

/** Reset skips the shutdown, so whatever the guest had not written is gone: one deliberate yes. */
export function ResetConfirmDialog() {
  const id = useUi((s) => (s.confirm?.kind === 'reset' ? s.confirm.id : null));
  const vm = useVms((s) => (id ? (s.vms[id] ?? null) : null));
  return (
    <AlertDialog.Root open={vm !== null} onOpenChange={(open) => !open && closeConfirm()}>
      <AlertDialog.Content maxWidth="440px">
        <AlertDialog.Title>Reset “{vm?.name ?? ''}”?</AlertDialog.Title>
        <AlertDialog.Description size="2">
          Like pressing the machine’s reset button: the guest starts over at once, without shutting down.
          Anything it has not saved is lost.
        </AlertDialog.Description>
        <Flex gap="3" justify="end" mt="4">
          <AlertDialog.Cancel>
            <Button variant="soft" color="gray">
              Cancel
            </Button>
          </AlertDialog.Cancel>
          {/* The VM may have stopped meanwhile; the engine would only refuse. */}
          <AlertDialog.Action>
            <Button color="red" disabled={!canReset(vm)} onClick={() => vm && void resetVm(vm.id)}>
              Reset
            </Button>
          </AlertDialog.Action>
        </Flex>
      </AlertDialog.Content>
    </AlertDialog.Root>
  );
}
