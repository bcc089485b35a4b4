import { Button, Callout, Checkbox, Dialog, Flex, Text, TextField } from '@radix-ui/themes';
import { ExclamationTriangleIcon, InfoCircledIcon } from '@radix-ui/react-icons';
import { useEffect, useState } from 'react';
import { DialogForm } from '../../forms/DialogForm.js';
import { FormField, fieldAria } from '../../forms/FormField.js';
import { describeError } from '../../lib/errors.js';
import { formatBytes } from '../../lib/format.js';
import { EngineErrorCallout } from '../../forms/EngineErrorCallout.js';
import { resizeDisk } from './disk-actions.js';
import type { DiskDialogProps } from './disk-dialog-props.js';
import { fileName } from './disk-facts.js';
import { gibText, parseGiB, resizeKind } from './resize-size.js';

/**
 * Resize in GiB. Growing is safe but the guest must grow its partition itself; shrinking cuts the end
 * off, so it is drawn in red and needs a tick that says so in as many words.
 */
export function ResizeDiskDialog({ entry, open, onClose, onChanged }: DiskDialogProps) {
  const current = entry?.chain?.[0]?.virtualSize ?? 0;
  const [text, setText] = useState('');
  const [understood, setUnderstood] = useState(false);
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    setText(gibText(current));
    setUnderstood(false);
    setError(null);
  }, [open, current]);

  const size = parseGiB(text);
  const kind = size.ok ? resizeKind(current, size.bytes) : null;
  const newGiB = size.ok ? gibText(size.bytes) : '';
  const fieldError = size.ok ? (kind === 'same' ? 'That is the size it has now.' : undefined) : size.message;
  const blocked = !size.ok || kind === 'same' || (kind === 'shrink' && !understood) || working;

  async function resize() {
    if (!entry?.vm || !size.ok || blocked) return;
    setWorking(true);
    setError(null);
    try {
      await resizeDisk(entry.vm, entry.path, size.bytes, kind === 'shrink');
      onChanged();
      onClose();
    } catch (err) {
      setError(describeError(err));
    } finally {
      setWorking(false);
    }
  }

  return (
    <Dialog.Root open={open} onOpenChange={(o) => !o && !working && onClose()}>
      <Dialog.Content maxWidth="500px">
        <Dialog.Title>Resize {entry ? fileName(entry.path) : ''}</Dialog.Title>
        <Dialog.Description size="2" color="gray" mb="4">
          Now {formatBytes(current)}
          {entry?.vm ? ` (disk ${entry.vm.index + 1} of “${entry.vm.name}”)` : ''}.
        </Dialog.Description>
        <DialogForm onSubmit={() => void resize()}>
          <Flex direction="column" gap="3">
            <FormField id="resize-size" label="New size (GiB)" error={fieldError}>
              <TextField.Root
                {...fieldAria('resize-size', fieldError)}
                inputMode="decimal"
                autoFocus
                autoComplete="off"
                value={text}
                disabled={working}
                onChange={(e) => (setText(e.target.value), setError(null))}
              >
                <TextField.Slot side="right">GiB</TextField.Slot>
              </TextField.Root>
            </FormField>
            {kind === 'grow' ? (
              <Callout.Root color="gray" size="1">
                <Callout.Icon>
                  <InfoCircledIcon />
                </Callout.Icon>
                <Callout.Text>
                  Only the disk grows: the partitions and file systems inside keep their size until the guest grows them (for example
                  growpart and resize2fs on Linux, Disk Management on Windows).
                </Callout.Text>
              </Callout.Root>
            ) : null}
            {kind === 'shrink' ? (
              <Callout.Root color="red" size="2" role="alert" variant="surface">
                <Callout.Icon>
                  <ExclamationTriangleIcon />
                </Callout.Icon>
                <Flex direction="column" gap="2">
                  <Callout.Text weight="bold">Shrinking destroys data.</Callout.Text>
                  <Callout.Text>
                    Everything the guest stored past {newGiB} GiB is cut off and lost for good, and a partition or file system reaching
                    beyond it will be damaged. Shrink them inside the guest first.
                  </Callout.Text>
                  <Text as="label" size="2" weight="medium">
                    <Flex gap="2" align="center">
                      <Checkbox color="red" checked={understood} disabled={working} onCheckedChange={(c) => setUnderstood(c === true)} />I
                      understand the data past {newGiB} GiB is destroyed
                    </Flex>
                  </Text>
                </Flex>
              </Callout.Root>
            ) : null}
            {error ? <EngineErrorCallout title="Not resized:" message={error} /> : null}
          </Flex>
          <Flex gap="3" justify="end" mt="4">
            <Dialog.Close>
              <Button type="button" variant="soft" color="gray" disabled={working}>
                Cancel
              </Button>
            </Dialog.Close>
            <Button type="submit" color={kind === 'shrink' ? 'red' : undefined} loading={working} disabled={blocked}>
              {kind === 'shrink' ? `Shrink to ${newGiB} GiB` : 'Resize'}
            </Button>
          </Flex>
        </DialogForm>
      </Dialog.Content>
    </Dialog.Root>
  );
}
