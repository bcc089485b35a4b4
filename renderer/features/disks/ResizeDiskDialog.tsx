import { Button, Callout, Checkbox, Dialog, Flex, Text, TextField } from '@radix-ui/themes';
import { ExclamationTriangleIcon, InfoCircledIcon } from '@radix-ui/react-icons';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DialogForm } from '../../forms/DialogForm.js';
import { FormField, fieldAria } from '../../forms/FormField.js';
import { describeError } from '../../lib/errors.js';
import { EngineErrorCallout } from '../../forms/EngineErrorCallout.js';
import { resizeDisk } from './disk-actions.js';
import type { DiskDialogProps } from './disk-dialog-props.js';
import { fileName } from './disk-facts.js';
import { GiB, gibText, parseGiB, resizeKind } from './resize-size.js';

const FIELD = 'resize-size';

/**
 * Resize in GiB. Growing is safe but the guest must grow its partition itself; shrinking cuts the end
 * off, so it is drawn in red and needs a tick that says so in as many words.
 */
export function ResizeDiskDialog({ entry, open, onClose, onChanged }: DiskDialogProps) {
  const { t } = useTranslation(['storage', 'common']);
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
  const gib = size.ok ? size.bytes / GiB : 0;
  const fieldError = size.ok ? (kind === 'same' ? t('resize.same') : undefined) : size.message;
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
        <Dialog.Title>{t('resize.title', { file: entry ? fileName(entry.path) : '' })}</Dialog.Title>
        <Dialog.Description size="2" color="gray" mb="4">
          {entry?.vm
            ? t('resize.nowOfVm', { size: current, n: entry.vm.index + 1, vm: entry.vm.name })
            : t('resize.now', { size: current })}
        </Dialog.Description>
        <DialogForm onSubmit={() => void resize()}>
          <Flex direction="column" gap="3">
            <FormField id={FIELD} label={t('resize.label')} error={fieldError}>
              <TextField.Root
                {...fieldAria(FIELD, fieldError)}
                inputMode="decimal"
                autoFocus
                autoComplete="off"
                value={text}
                disabled={working}
                onChange={(e) => (setText(e.target.value), setError(null))}
              >
                <TextField.Slot side="right">{t('common:units.gib')}</TextField.Slot>
              </TextField.Root>
            </FormField>
            {kind === 'grow' ? (
              <Callout.Root color="gray" size="1">
                <Callout.Icon>
                  <InfoCircledIcon />
                </Callout.Icon>
                <Callout.Text>{t('resize.growNote')}</Callout.Text>
              </Callout.Root>
            ) : null}
            {kind === 'shrink' ? (
              <Callout.Root color="red" size="2" role="alert" variant="surface">
                <Callout.Icon>
                  <ExclamationTriangleIcon />
                </Callout.Icon>
                <Flex direction="column" gap="2">
                  <Callout.Text weight="bold">{t('resize.shrinkTitle')}</Callout.Text>
                  <Callout.Text>{t('resize.shrinkNote', { gib })}</Callout.Text>
                  <Text as="label" size="2" weight="medium">
                    <Flex gap="2" align="center">
                      <Checkbox color="red" checked={understood} disabled={working} onCheckedChange={(c) => setUnderstood(c === true)} />
                      {t('resize.shrinkUnderstood', { gib })}
                    </Flex>
                  </Text>
                </Flex>
              </Callout.Root>
            ) : null}
            {error ? <EngineErrorCallout title={t('resize.failed')} message={error} /> : null}
          </Flex>
          <Flex gap="3" justify="end" mt="4">
            <Dialog.Close>
              <Button type="button" variant="soft" color="gray" disabled={working}>
                {t('common:action.cancel')}
              </Button>
            </Dialog.Close>
            <Button type="submit" color={kind === 'shrink' ? 'red' : undefined} loading={working} disabled={blocked}>
              {kind === 'shrink' ? t('resize.shrinkTo', { gib }) : t('resize.submit')}
            </Button>
          </Flex>
        </DialogForm>
      </Dialog.Content>
    </Dialog.Root>
  );
}
