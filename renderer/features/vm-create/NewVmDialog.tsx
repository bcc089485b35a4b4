import { Dialog } from '@radix-ui/themes';
import { setCreateOpen, useUi } from '../../store/ui.js';
import { NewVmForm } from './NewVmForm.js';

export function NewVmDialog() {
  const open = useUi((s) => s.createOpen);
  return (
    <Dialog.Root open={open} onOpenChange={setCreateOpen}>
      <Dialog.Content maxWidth="560px" className="new-vm-dialog">
        <Dialog.Title mb="1">New virtual machine</Dialog.Title>
        <Dialog.Description size="2" color="gray" mb="4">
          VirtDesk creates a folder for the VM with its settings (<code>vm.json</code>) and a new disk
          made with <code>qemu-img create -f qcow2</code>. The VM boots from the ISO when you start it.
        </Dialog.Description>
        {/* The form mounts with the dialog, so each opening starts from fresh defaults. */}
        <NewVmForm onDone={() => setCreateOpen(false)} />
      </Dialog.Content>
    </Dialog.Root>
  );
}
