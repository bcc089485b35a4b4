import { Dialog } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import { closeConfirm, useUi } from '../../store/ui.js';
import { useVms } from '../../store/vms.js';
import { LazyBoundary, ViewLoading } from '../../shell/LazyBoundary.js';
import { CloneForm } from '../../shell/views.js';
import styles from './vm-list.module.css';

/** "Clone…" from the toolbar or the row menu: the new VM's name, and full copy or linked clone. */
export function CloneVmDialog() {
  const { t } = useTranslation('vmList');
  const id = useUi((s) => (s.confirm?.kind === 'clone' ? s.confirm.id : null));
  const vm = useVms((s) => (id ? (s.vms[id] ?? null) : null));
  return (
    <Dialog.Root open={vm !== null} onOpenChange={(open) => !open && closeConfirm()}>
      <Dialog.Content maxWidth="560px" aria-describedby="clone-description">
        {/* Keyed by VM and mounted with the dialog: each opening starts from a fresh suggestion. */}
        {vm ? (
          <LazyBoundary key={vm.id} label={t('cloneDialog.loading')} fallback={<CloneLoading name={vm.name} />}>
            <CloneForm vm={vm} />
          </LazyBoundary>
        ) : null}
      </Dialog.Content>
    </Dialog.Root>
  );
}

/** The dialog's title while the form's code arrives (it needs the name rules, fetched with it). */
function CloneLoading({ name }: { name: string }) {
  const { t } = useTranslation('vmList');
  return (
    <>
      <Dialog.Title>{t('cloneDialog.title', { name })}</Dialog.Title>
      <Dialog.Description id="clone-description" size="2" color="gray" mb="4">
        {t('cloneDialog.description')}
      </Dialog.Description>
      <div className={styles.cloneLoading}>
        <ViewLoading label={t('cloneDialog.loading')} />
      </div>
    </>
  );
}
