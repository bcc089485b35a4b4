import { AlertDialog, Button, Callout, Dialog, Flex, Text } from '@radix-ui/themes';
import { ExclamationTriangleIcon } from '@radix-ui/react-icons';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EngineErrorCallout } from '../../forms/EngineErrorCallout.js';
import { describeError } from '../../lib/errors.js';
import { qemuAlive } from '../../lib/vm-state.js';
import { useOnline } from '../../store/link.js';
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

/** "Delete lab…": the VMs that go, listed; the running ones are forced off only when the person says so. */
function DeleteLabDialog() {
  const { t } = useTranslation(['labs', 'common']);
  const online = useOnline();
  const lab = useLabUi((s) => s.deleting);
  const vms = useVms((s) => s.vms);
  // The list outlives the VMs: vm-removed drops them from the store while the dialog is still closing.
  const current = useMemo(() => (lab ? labMembers(Object.values(vms), lab) : []), [lab, vms]);
  const [shown, setShown] = useState(current);
  useEffect(() => {
    if (current.length) setShown(current);
  }, [current]);
  const [deleting, setDeleting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setError(null), [lab]);
  const running = current.filter((v) => qemuAlive(v)).map((v) => v.name);

  async function onDelete() {
    if (!lab) return;
    setDeleting(true);
    setError(null);
    try {
      await deleteLab(lab, running.length > 0);
      closeLabDialogs();
    } catch (err) {
      setError(describeError(err));
    } finally {
      setDeleting(false);
    }
  }

  return (
    <AlertDialog.Root open={lab !== null} onOpenChange={(open) => !open && !deleting && closeLabDialogs()}>
      <AlertDialog.Content maxWidth="520px">
        <AlertDialog.Title>{t('deleteDialog.title', { lab: lab ?? '' })}</AlertDialog.Title>
        <AlertDialog.Description size="2" mb="2">
          {t('deleteDialog.text')}
        </AlertDialog.Description>
        <ul className={styles.memberList} aria-label={t('deleteDialog.title', { lab: lab ?? '' })}>
          {shown.map((v) => (
            <li key={v.id}>
              <Text size="2" weight="medium">
                {v.name}
              </Text>
            </li>
          ))}
        </ul>
        <Text as="p" size="2" color="gray" mb="3">
          {t('deleteDialog.keep')}
        </Text>
        {running.length ? (
          <Callout.Root color="amber" size="1" mb="3">
            <Callout.Icon>
              <ExclamationTriangleIcon />
            </Callout.Icon>
            <Callout.Text>{t('deleteDialog.running', { vms: running.join(', ') })}</Callout.Text>
          </Callout.Root>
        ) : null}
        {error ? <EngineErrorCallout message={error} /> : null}
        <Flex gap="3" justify="end" mt="4">
          <AlertDialog.Cancel>
            <Button variant="soft" color="gray" disabled={deleting}>
              {t('common:action.cancel')}
            </Button>
          </AlertDialog.Cancel>
          <Button color="red" loading={deleting} disabled={!online || !current.length} onClick={() => void onDelete()}>
            {t(running.length ? 'deleteDialog.submitForce' : 'deleteDialog.submit')}
          </Button>
        </Flex>
      </AlertDialog.Content>
    </AlertDialog.Root>
  );
}
