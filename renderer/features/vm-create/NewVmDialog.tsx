import { Dialog } from '@radix-ui/themes';
import { useState } from 'react';
import { setCreateOpen, useUi } from '../../store/ui.js';
import { NewVmWizard } from './NewVmWizard.js';

export function NewVmDialog() {
  const open = useUi((s) => s.createOpen);
  // While create() runs the dialog stays: closing it would hide the progress and the outcome.
  const [busy, setBusy] = useState(false);
  return (
    <Dialog.Root open={open} onOpenChange={(o) => (o || !busy) && setCreateOpen(o)}>
      <Dialog.Content
        maxWidth="880px"
        className="wizard-dialog"
        aria-describedby="wizard-step-description"
        // A click beside a half-filled wizard must not throw the answers away; Cancel and Escape do.
        onInteractOutside={(e) => e.preventDefault()}
      >
        {/* Mounted with the dialog, so each opening starts from fresh defaults. */}
        <NewVmWizard onDone={() => setCreateOpen(false)} onBusy={setBusy} />
      </Dialog.Content>
    </Dialog.Root>
  );
}
