import { Button, Dialog, Flex, Text, TextArea, TextField } from '@radix-ui/themes';
import { useEffect, useState } from 'react';
import type { SnapshotTree } from '../../../shared/schemas/power-methods.js';
import type { VmSummary } from '../../../shared/model/index.js';
import { snapshotDescription, snapshotName } from '../../../shared/schemas/index.js';
import { DialogForm } from '../../forms/DialogForm.js';
import { FormField, fieldAria } from '../../forms/FormField.js';
import { describeError } from '../../lib/errors.js';
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

const descriptionSchema = snapshotDescription;

/** "Take snapshot…": a name (the engine's own rule) and an optional description. */
export function TakeSnapshotDialog({ vm, open, taken, onOpenChange, onTaken }: Props) {
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

  const nameCheck = snapshotName.safeParse(name);
  const nameError = !nameCheck.success
    ? nameCheck.error.issues[0]?.message
    : taken.includes(nameCheck.data)
      ? 'This VM already has a snapshot with this name.'
      : undefined;
  const descCheck = descriptionSchema.safeParse(description);
  const descError = descCheck.success ? undefined : descCheck.error.issues[0]?.message;

  async function take() {
    if (!nameCheck.success || nameError || descError || working) return;
    setWorking(true);
    setError(null);
    try {
      onTaken(await takeSnapshot(vm, nameCheck.data, description.trim() || undefined), nameCheck.data);
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
        <Dialog.Title>Take a snapshot of “{vm.name}”</Dialog.Title>
        <Dialog.Description size="2" color="gray" mb="4">
          {takeExplanation(vm.status.state)}
        </Dialog.Description>
        <DialogForm onSubmit={() => void take()}>
          <Flex direction="column" gap="3">
            <FormField id="snapshot-name" label="Name" error={nameError}>
              <TextField.Root
                {...fieldAria('snapshot-name', nameError)}
                value={name}
                maxLength={64}
                autoComplete="off"
                autoFocus
                disabled={working}
                onChange={(e) => (setName(e.target.value), setError(null))}
              />
            </FormField>
            <FormField
              id="snapshot-description"
              label="Description (optional)"
              error={descError}
              hint="What the VM was like, why you kept it"
            >
              <TextArea
                {...fieldAria('snapshot-description', descError)}
                rows={3}
                value={description}
                disabled={working}
                onChange={(e) => setDescription(e.target.value)}
              />
            </FormField>
            {error ? <EngineErrorCallout title="Not taken:" message={error} /> : null}
            {working ? (
              <Text size="1" color="gray" role="status">
                Taking the snapshot… a running guest may pause for a while.
              </Text>
            ) : null}
          </Flex>
          <Flex gap="3" justify="end" mt="4">
            <Dialog.Close>
              <Button type="button" variant="soft" color="gray" disabled={working}>
                Cancel
              </Button>
            </Dialog.Close>
            <Button type="submit" loading={working} disabled={!!nameError || !!descError}>
              Take snapshot
            </Button>
          </Flex>
        </DialogForm>
      </Dialog.Content>
    </Dialog.Root>
  );
}
