import { Dialog } from '@radix-ui/themes';
import { closeConfirm, useUi } from '../../store/ui.js';
import { useVms } from '../../store/vms.js';
import { LazyBoundary, ViewLoading } from '../../shell/LazyBoundary.js';
import { CloneForm } from '../../shell/views.js';
import styles from './vm-list.module.css';

/** "Clone…" from the toolbar or the row menu: the new VM's name, and full copy or linked clone. */
export function CloneVmDialog() {
  const id = useUi((s) => (s.confirm?.kind === 'clone' ? s.confirm.id : null));
  const vm = useVms((s) => (id ? (s.vms[id] ?? null) : null));
  return (
    <Dialog.Root open={vm !== null} onOpenChange={(open) => !open && closeConfirm()}>
      <Dialog.Content maxWidth="560px" aria-describedby="clone-description">
        {/* Keyed by VM and mounted with the dialog: each opening starts from a fresh suggestion. */}
        {vm ? (
          <LazyBoundary key={vm.id} label="Loading…" fallback={<CloneLoading name={vm.name} />}>
            <CloneForm vm={vm} />
          </LazyBoundary>
        ) : null}
      </Dialog.Content>
    </Dialog.Root>
  );
}

/** The dialog's title while the form's code arrives (it needs the name rules, fetched with it). */
function CloneLoading({ name }: { name: string }) {
  return (
    <>
      <Dialog.Title>Clone “{name}”</Dialog.Title>
      <Dialog.Description id="clone-description" size="2" color="gray" mb="4">
        A new VM with this one’s settings and disks. It appears in the list when its disks are ready.
      </Dialog.Description>
      <div className={styles.cloneLoading}>
        <ViewLoading label="Loading…" />
      </div>
    </>
  );
}
