import { Dialog } from '@radix-ui/themes';
import { useState } from 'react';
import { setCreateOpen, useUi } from '../../store/ui.js';
import { LazyBoundary, ViewLoading } from '../../shell/LazyBoundary.js';
import { NewVmWizard } from '../../shell/views.js';

/** The wizard's frame while its code arrives: same size, same title, so nothing jumps when it lands. */
function WizardLoading() {
  return (
    <div className="wizard">
      <aside className="wizard-side">
        <Dialog.Title size="3" mb="4" className="wizard-title">
          New virtual machine
        </Dialog.Title>
      </aside>
      <section className="wizard-main">
        <ViewLoading label="Loading the wizard…" />
      </section>
    </div>
  );
}

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
        <LazyBoundary label="Loading the wizard…" fallback={<WizardLoading />}>
          <NewVmWizard onDone={() => setCreateOpen(false)} onBusy={setBusy} />
        </LazyBoundary>
      </Dialog.Content>
    </Dialog.Root>
  );
}
