import { Button, Dialog, Flex, Text, TextArea, TextField } from '@radix-ui/themes';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SnapshotTree } from '../../../shared/schemas/power-methods.js';
import type { VmSummary } from '../../../shared/model/index.js';
import type { FieldIssue } from '../../../shared/schemas/issues.js';
import { check, snapshotDescription, snapshotName } from '../../../shared/schemas/index.js';
import { DialogForm } from '../../forms/DialogForm.js';
import { FormField, fieldAria } from '../../forms/FormField.js';
import { describeError, issueText } from '../../lib/errors.js';
import { EngineErrorCallout } from '../../forms/EngineErrorCallout.js';
import { takeSnapshot } from './snapshot-actions.js';
import { nextSnapshotName, takeExplanation } from './snapshot-labels.js';

interface Props {
  vm: VmSummary;
  open: boolean;
  /** Names already used: a tag is unique per VM. */
  taken: string[];
  onOpenChange: (open: boolean) => void;
  onTaken: (tree: SnapshotTree, name: string) => void;
}

const NAME_FIELD = 'snapshot-name';
const DESCRIPTION_FIELD = 'snapshot-description';

const firstIssue = (issues: readonly FieldIssue[]): string | undefined => (issues[0] ? issueText(issues[0]) : undefined);

/** "Take snapshot…": a name (the engine's own rule) and an optional description. */
export function TakeSnapshotDialog({ vm, open, taken, onOpenChange, onTaken }: Props) {
  const { t } = useTranslation(['storage', 'common']);
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // A fresh proposal each time it opens; the list it avoids is the one shown behind the dialog.
  useEffect(() => {
    if (!open) return;
    setName(nextSnapshotName(taken));
    setDescription('');
    setError(null);
    // Not on every change of `taken`: the field must not be reset while the person types.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  // The engine's own rules, in the window's language (issueText) when the rule has a catalog key.
  const nameCheck = check(snapshotName, name);
  const nameError = !nameCheck.ok ? firstIssue(nameCheck.issues) : taken.includes(nameCheck.value) ? t('take.nameTaken') : undefined;
  const descCheck = check(snapshotDescription, description);
  const descError = descCheck.ok ? undefined : firstIssue(descCheck.issues);

  async function take() {
    if (!nameCheck.ok || nameError || descError || working) return;
    setWorking(true);
    setError(null);
    try {
      onTaken(await takeSnapshot(vm, nameCheck.value, description.trim() || undefined), nameCheck.value);
      onOpenChange(false);
    } catch (err) {
      setError(describeError(err));
    } finally {
      setWorking(false);
    }
  }

  return (
    <Dialog.Root open={open} onOpenChange={(o) => !working && onOpenChange(o)}>
      <Dialog.Content maxWidth="480px">
        <Dialog.Title>{t('take.title', { vm: vm.name })}</Dialog.Title>
        <Dialog.Description size="2" color="gray" mb="4">
          {takeExplanation(vm.status.state, vm.status.guest?.agent === 'answering')}
        </Dialog.Description>
        <DialogForm onSubmit={() => void take()}>
          <Flex direction="column" gap="3">
            <FormField id={NAME_FIELD} label={t('take.name')} error={nameError}>
              <TextField.Root
                {...fieldAria(NAME_FIELD, nameError)}
                value={name}
                maxLength={64}
                autoComplete="off"
                autoFocus
                disabled={working}
                onChange={(e) => (setName(e.target.value), setError(null))}
              />
            </FormField>
            <FormField id={DESCRIPTION_FIELD} label={t('take.description')} error={descError} hint={t('take.descriptionHint')}>
              <TextArea
                {...fieldAria(DESCRIPTION_FIELD, descError)}
                rows={3}
                value={description}
                disabled={working}
                onChange={(e) => setDescription(e.target.value)}
              />
            </FormField>
            {error ? <EngineErrorCallout title={t('take.failed')} message={error} /> : null}
            {working ? (
              <Text size="1" color="gray" role="status">
                {t('take.working')}
              </Text>
            ) : null}
          </Flex>
          <Flex gap="3" justify="end" mt="4">
            <Dialog.Close>
              <Button type="button" variant="soft" color="gray" disabled={working}>
                {t('common:action.cancel')}
              </Button>
            </Dialog.Close>
            <Button type="submit" loading={working} disabled={!!nameError || !!descError}>
              {t('take.submit')}
            </Button>
          </Flex>
        </DialogForm>
      </Dialog.Content>
    </Dialog.Root>
  );
}
