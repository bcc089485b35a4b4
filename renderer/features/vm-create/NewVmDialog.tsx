import { Dialog } from '@radix-ui/themes';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setCreateOpen, useUi } from '../../store/ui.js';
import { LazyBoundary, ViewLoading } from '../../shell/LazyBoundary.js';
import { NewVmWizard } from '../../shell/views.js';
import styles from './wizard-frame.module.css';

/** The wizard's frame while its code arrives: same size, same title, so nothing jumps when it lands. */
function WizardLoading() {
  const { t } = useTranslation('wizard');
  return (
    <div className={styles.frame}>
      <aside className={styles.side}>
        <Dialog.Title size="3" mb="4" className={styles.title}>
          {t('title')}
        </Dialog.Title>
      </aside>
      <section className={styles.main}>
        <ViewLoading label={t('loading')} />
      </section>
    </div>
  );
}

export function NewVmDialog() {
  const { t } = useTranslation('wizard');
  const open = useUi((s) => s.createOpen);
  // While create() runs the dialog stays: closing it would hide the progress and the outcome.
  const [busy, setBusy] = useState(false);
  return (
    <Dialog.Root open={open} onOpenChange={(o) => (o || !busy) && setCreateOpen(o)}>
      <Dialog.Content
        maxWidth="880px"
        // A fixed height, so the buttons stay put from step to step.
        height="min(620px, calc(100vh - 72px))"
        className={styles.dialog}
        aria-describedby="wizard-step-description"
        // A click beside a half-filled wizard must not throw the answers away; Cancel and Escape do.
        onInteractOutside={(e) => e.preventDefault()}
      >
        {/* Mounted with the dialog, so each opening starts from fresh defaults. */}
        <LazyBoundary label={t('loading')} fallback={<WizardLoading />}>
          <NewVmWizard onDone={() => setCreateOpen(false)} onBusy={setBusy} />
        </LazyBoundary>
      </Dialog.Content>
    </Dialog.Root>
  );
}
