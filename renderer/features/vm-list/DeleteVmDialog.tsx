import { AlertDialog, Badge, Button, Callout, Checkbox, Code, Flex, Spinner, Text } from '@radix-ui/themes';
import { ExclamationTriangleIcon, LockClosedIcon } from '@radix-ui/react-icons';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deletionPlan, removeVm } from '../../store/actions.js';
import { notify } from '../../store/notices.js';
import { closeConfirm, useUi } from '../../store/ui.js';
import { useVms } from '../../store/vms.js';
import { describeError } from '../../lib/errors.js';
import { qemuAlive } from '../../lib/vm-state.js';
import { EngineErrorCallout } from '../../forms/EngineErrorCallout.js';
import { canDeleteFile, defaultTicks, keptMessage, sizeLabel, ticked, usedByLabel, type PlanFile } from './delete-plan.js';
import styles from './vm-list.module.css';

/**
 * "Delete…" from the toolbar, the row menu or the Delete key: which disks go with the VM, and for a
 * running VM an explicit yes to forcing it off, since the engine refuses to pull the plug unasked.
 */
export function DeleteVmDialog() {
  const { t } = useTranslation(['vmList', 'common']);
  const id = useUi((s) => (s.confirm?.kind === 'delete' ? s.confirm.id : null));
  const vm = useVms((s) => (id ? (s.vms[id] ?? null) : null));
  // The name outlives the VM: vm-removed drops it from the store while the dialog is still closing.
  const [name, setName] = useState('');
  const [files, setFiles] = useState<PlanFile[] | null>(null);
  const [ticks, setTicks] = useState<Record<string, boolean>>({});
  const [forceOk, setForceOk] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const running = qemuAlive(vm);

  useEffect(() => {
    if (!id) return;
    let stale = false;
    setName(useVms.getState().vms[id]?.name ?? id);
    setFiles(null);
    setForceOk(false);
    setError(null);
    deletionPlan(id)
      .then((plan) => {
        if (stale) return;
        setFiles(plan.files);
        setTicks(defaultTicks(plan.files));
      })
      .catch((err: unknown) => !stale && setError(describeError(err)));
    return () => {
      stale = true;
    };
  }, [id]);

  async function onDelete() {
    if (!id || !files) return;
    setDeleting(true);
    setError(null);
    try {
      const outcome = await removeVm(id, ticked(ticks), running);
      notify({ tone: 'success', title: t('deleteDialog.deleted', { name }), message: keptMessage(outcome, files) });
      closeConfirm();
    } catch (err) {
      setError(describeError(err));
    } finally {
      setDeleting(false);
    }
  }

  const waitsForForce = running && !forceOk && !deleting;
  const blocked = !files || deleting || waitsForForce;
  return (
    <AlertDialog.Root open={id !== null} onOpenChange={(open) => !open && !deleting && closeConfirm()}>
      <AlertDialog.Content maxWidth="580px">
        <AlertDialog.Title>{t('deleteDialog.title', { name })}</AlertDialog.Title>
        <AlertDialog.Description size="2" color="gray" mb="3">
          {t('deleteDialog.description')}
        </AlertDialog.Description>
        {files === null && !error ? (
          <Flex align="center" gap="2" py="3">
            <Spinner />
            <Text size="2" color="gray">
              {t('deleteDialog.finding')}
            </Text>
          </Flex>
        ) : null}
        {files?.length === 0 ? (
          <Text as="p" size="2" color="gray" mb="3">
            {t('deleteDialog.noDisks')}
          </Text>
        ) : null}
        {files?.length ? (
          <Flex asChild direction="column" gap="2" mb="3">
            <ul className={styles.deleteFiles} aria-label={t('deleteDialog.disks')}>
              {files.map((f) => (
                <DiskRow
                  key={f.path}
                  file={f}
                  checked={!!ticks[f.path]}
                  disabled={deleting || !canDeleteFile(f)}
                  onChange={(c) => setTicks((t) => ({ ...t, [f.path]: c }))}
                />
              ))}
            </ul>
          </Flex>
        ) : null}
        {running ? (
          <Callout.Root color="amber" size="1" mb="3">
            <Callout.Icon>
              <ExclamationTriangleIcon />
            </Callout.Icon>
            <Flex direction="column" gap="2">
              <Callout.Text>{t('deleteDialog.running', { name })}</Callout.Text>
              <Text as="label" size="2" weight="medium">
                <Flex gap="2" align="center">
                  <Checkbox checked={forceOk} disabled={deleting} onCheckedChange={(c) => setForceOk(c === true)} />
                  {t('deleteDialog.forceIt')}
                </Flex>
              </Text>
            </Flex>
          </Callout.Root>
        ) : null}
        {error ? <EngineErrorCallout message={error} /> : null}
        <Flex gap="3" justify="end" align="center" mt="4">
          {/* A disabled button says nothing by itself: the reason sits beside it, and is its description. */}
          {waitsForForce ? (
            <Text id="delete-vm-blocked" size="1" color="gray" mr="auto">
              {t('deleteDialog.blocked')}
            </Text>
          ) : null}
          <AlertDialog.Cancel>
            <Button variant="soft" color="gray" disabled={deleting}>
              {t('common:action.cancel')}
            </Button>
          </AlertDialog.Cancel>
          {/* Not AlertDialog.Action: that closes at once, and a refusal must stay readable here. */}
          <Button
            color="red"
            disabled={blocked}
            loading={deleting}
            aria-describedby={waitsForForce ? 'delete-vm-blocked' : undefined}
            onClick={() => void onDelete()}
          >
            {t('common:action.delete')}
          </Button>
        </Flex>
      </AlertDialog.Content>
    </AlertDialog.Root>
  );
}

interface DiskRowProps {
  file: PlanFile;
  checked: boolean;
  disabled: boolean;
  onChange: (checked: boolean) => void;
}

/** The same visible label on every row, so the path goes into the accessible name to tell them apart. */
function DiskRow({ file, checked, disabled, onChange }: DiskRowProps) {
  const { t } = useTranslation('vmList');
  // A file another VM uses has no checkbox at all: it is not a choice, and the row says why it stays.
  const deletable = canDeleteFile(file);
  return (
    <li className={styles.deleteFile}>
      <Text as="label" size="2">
        <Flex gap="2" align="start">
          {deletable ? (
            <Checkbox
              mt="1"
              checked={checked}
              disabled={disabled}
              aria-label={t('deleteDialog.deleteFileOf', { path: file.path })}
              onCheckedChange={(c) => onChange(c === true)}
            />
          ) : (
            <LockClosedIcon className={styles.deleteFileLock} aria-hidden />
          )}
          <Flex direction="column" gap="1" minWidth="0">
            <Text weight="medium">{t(deletable ? 'deleteDialog.deleteFile' : 'deleteDialog.fileStays')}</Text>
            <Code size="1" variant="ghost" className={styles.deleteFilePath}>
              {file.path}
            </Code>
            <Flex gap="2" align="center">
              <Text size="1" color="gray">
                {sizeLabel(file)}
              </Text>
              {file.insideVmFolder ? null : (
                <Badge color="amber" size="1">
                  {t('deleteDialog.outside')}
                </Badge>
              )}
            </Flex>
            {deletable ? null : (
              <Text size="1" color="gray">
                {usedByLabel(file)}
              </Text>
            )}
          </Flex>
        </Flex>
      </Text>
    </li>
  );
}
