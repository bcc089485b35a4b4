import { AlertDialog, Callout, Dialog, Text } from '@radix-ui/themes';
import { ExclamationTriangleIcon } from '@radix-ui/react-icons';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmActionDialog } from '../../forms/ConfirmActionDialog.js';
import { qemuAlive } from '../../lib/vm-state.js';
import { useVms } from '../../store/vms.js';
import { deleteLab } from './lab-actions.js';
import { labMembers } from './lab-names.js';
import { closeLabDialogs, useLabUi } from './lab-ui.js';
import { MakeLabForm } from './MakeLabForm.js';
import styles from './labs.module.css';

/** The labs' two dialogs, mounted once in the window. */
export function LabDialogs() {
  return (
    <>
      <MakeLabDialog />
      <DeleteLabDialog />
    </>
  );
}

function MakeLabDialog() {
  const id = useLabUi((s) => s.makeFrom);
  const vm = useVms((s) => (id ? (s.vms[id] ?? null) : null));
  return (
    <Dialog.Root open={vm !== null} onOpenChange={(open) => !open && closeLabDialogs()}>
      <Dialog.Content maxWidth="640px" aria-describedby={undefined}>
        {vm ? <MakeLabForm key={vm.id} vm={vm} /> : null}
      </Dialog.Content>
    </Dialog.Root>
  );
}

/** "Delete lab…": the VMs that go, listed; the running ones are forced off, and the dialog says so first. */
function DeleteLabDialog() {
  const { t } = useTranslation('labs');
  const lab = useLabUi((s) => s.deleting);
  const vms = useVms((s) => s.vms);
  // The list outlives the VMs: vm-removed drops them from the store while the dialog is still closing.
  const current = useMemo(() => (lab ? labMembers(Object.values(vms), lab) : []), [lab, vms]);
  const [shown, setShown] = useState(current);
  useEffect(() => {
    if (current.length) setShown(current);
  }, [current]);
  const running = current.filter((v) => qemuAlive(v)).map((v) => v.name);
  const title = t('deleteDialog.title', { lab: lab ?? '' });

  return (
    <ConfirmActionDialog
      open={lab !== null}
      onClose={closeLabDialogs}
      title={title}
      action={t(running.length ? 'deleteDialog.submitForce' : 'deleteDialog.submit')}
      run={async () => void (lab && (await deleteLab(lab, running.length > 0)))}
      maxWidth="520px"
    >
      <AlertDialog.Description size="2" mb="2">
        {t('deleteDialog.text')}
      </AlertDialog.Description>
      <ul className={styles.memberList} aria-label={title}>
        {shown.map((v) => (
          <li key={v.id}>
            <Text size="2" weight="medium">
              {v.name}
            </Text>
          </li>
        ))}
      </ul>
      <Text as="p" size="2" color="gray">
        {t('deleteDialog.keep')}
      </Text>
      {running.length ? (
        <Callout.Root color="amber" size="1" mt="3">
          <Callout.Icon>
            <ExclamationTriangleIcon />
          </Callout.Icon>
          <Callout.Text>{t('deleteDialog.running', { vms: running.join(', ') })}</Callout.Text>
        </Callout.Root>
      ) : null}
    </ConfirmActionDialog>
  );
}
