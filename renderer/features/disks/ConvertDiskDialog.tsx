import { Button, Callout, Checkbox, Code, Dialog, Flex, Text } from '@radix-ui/themes';
import { CheckCircledIcon, InfoCircledIcon } from '@radix-ui/react-icons';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DiskFormat } from '../../../shared/model/index.js';
import { DialogForm } from '../../forms/DialogForm.js';
import { EnumSelect, type EnumOption } from '../../forms/EnumSelect.js';
import { FormField } from '../../forms/FormField.js';
import { describeError } from '../../lib/errors.js';
import { tasksSince, useTasks } from '../../store/tasks.js';
import { EngineErrorCallout } from '../../forms/EngineErrorCallout.js';
import { cancelConversion, convertDisk } from './disk-actions.js';
import type { DiskDialogProps } from './disk-dialog-props.js';
import { fileName } from './disk-facts.js';
import { TaskBar } from './TaskBar.js';

/** Each format with what it means for the VM: qcow2 against raw is what a person weighs here. */
const FORMATS: readonly DiskFormat[] = ['qcow2', 'raw', 'vmdk', 'vdi'];

type Phase = { kind: 'form' } | { kind: 'running'; since: number } | { kind: 'done'; path: string; used: boolean } | { kind: 'cancelled' };

/**
 * qemu-img convert into a new file beside the image. The bar follows the engine's task events (the
 * same ones the status bar shows), so hiding the dialog does not stop anything.
 */
export function ConvertDiskDialog({ entry, open, onClose, onChanged }: DiskDialogProps) {
  const { t } = useTranslation(['storage', 'common']);
  const [format, setFormat] = useState<DiskFormat>('qcow2');
  const [compress, setCompress] = useState(false);
  const [use, setUse] = useState(true);
  const [phase, setPhase] = useState<Phase>({ kind: 'form' });
  const [error, setError] = useState<string | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const cancelAsked = useRef(false);
  const all = useTasks((s) => s.tasks);
  const vmId = entry?.vm?.id;
  const since = phase.kind === 'running' ? phase.since : null;
  const task = useMemo(() => (since === null ? undefined : tasksSince(all, since).find((t) => t.vmId === vmId)), [all, since, vmId]);

  // A new form each time it opens, unless a conversion it started is still on its way.
  useEffect(() => {
    if (!open) return;
    setPhase((p) => (p.kind === 'running' ? p : { kind: 'form' }));
    setError(null);
  }, [open]);

  async function convert() {
    if (!entry?.vm || phase.kind === 'running') return;
    const { vm, path: image } = entry;
    cancelAsked.current = false;
    setCancelling(false);
    setError(null);
    setPhase({ kind: 'running', since: Date.now() });
    try {
      const path = await convertDisk(vm, image, format, compress, use);
      setPhase({ kind: 'done', path, used: use });
    } catch (err) {
      if (cancelAsked.current) setPhase({ kind: 'cancelled' });
      else {
        setPhase({ kind: 'form' });
        setError(describeError(err));
      }
    } finally {
      setCancelling(false);
      onChanged();
    }
  }

  async function cancel() {
    if (!task) return;
    cancelAsked.current = true;
    setCancelling(true);
    try {
      await cancelConversion(task.id);
    } catch (err) {
      cancelAsked.current = false;
      setCancelling(false);
      setError(describeError(err));
    }
  }

  const running = phase.kind === 'running';
  const name = entry ? fileName(entry.path) : '';
  const formats: readonly EnumOption<DiskFormat>[] = FORMATS.map((f) => ({ value: f, label: t(`convert.${f}`) }));
  return (
    <Dialog.Root open={open} onOpenChange={(o) => !o && onClose()}>
      <Dialog.Content maxWidth="520px">
        <Dialog.Title>{t('convert.title', { file: name })}</Dialog.Title>
        <Dialog.Description size="2" color="gray" mb="4">
          {t('convert.description')}
        </Dialog.Description>
        <DialogForm onSubmit={() => void convert()}>
          <Flex direction="column" gap="3">
            {phase.kind === 'form' ? (
              <>
                <FormField id="convert-format" label={t('convert.format')}>
                  <EnumSelect id="convert-format" value={format} options={formats} onChange={setFormat} />
                </FormField>
                <Text as="label" size="2" color={format === 'qcow2' ? undefined : 'gray'}>
                  <Flex gap="2" align="center">
                    <Checkbox
                      checked={format === 'qcow2' && compress}
                      disabled={format !== 'qcow2'}
                      onCheckedChange={(c) => setCompress(c === true)}
                    />
                    {format === 'qcow2' ? t('convert.compress') : t('convert.compressQcow2Only')}
                  </Flex>
                </Text>
                <Text as="label" size="2">
                  <Flex gap="2" align="center">
                    <Checkbox checked={use} onCheckedChange={(c) => setUse(c === true)} />
                    {t('convert.use')}
                  </Flex>
                </Text>
              </>
            ) : null}
            {running ? (
              task ? (
                <TaskBar task={task} cancelling={cancelling} onCancel={() => void cancel()} />
              ) : (
                <Text size="2" color="gray" role="status">
                  {t('convert.starting')}
                </Text>
              )
            ) : null}
            {phase.kind === 'done' ? (
              <Callout.Root color="green" size="1" role="status">
                <Callout.Icon>
                  <CheckCircledIcon />
                </Callout.Icon>
                <Flex direction="column" gap="1" minWidth="0">
                  <Callout.Text>{phase.used ? t('convert.doneUsed', { format }) : t('convert.done', { format })}</Callout.Text>
                  <Code size="1" variant="ghost" className="path">
                    {phase.path}
                  </Code>
                </Flex>
              </Callout.Root>
            ) : null}
            {phase.kind === 'cancelled' ? (
              <Callout.Root color="gray" size="1" role="status">
                <Callout.Icon>
                  <InfoCircledIcon />
                </Callout.Icon>
                <Callout.Text>{t('convert.cancelled')}</Callout.Text>
              </Callout.Root>
            ) : null}
            {error ? <EngineErrorCallout title={t('convert.failed')} message={error} /> : null}
          </Flex>
          <Flex gap="3" justify="end" mt="4">
            {phase.kind === 'form' ? (
              <>
                <Dialog.Close>
                  <Button type="button" variant="soft" color="gray">
                    {t('common:action.cancel')}
                  </Button>
                </Dialog.Close>
                <Button type="submit">{t('convert.submit')}</Button>
              </>
            ) : (
              <Dialog.Close>
                <Button type="button" variant={running ? 'soft' : 'solid'} color={running ? 'gray' : undefined}>
                  {running ? t('convert.hide') : t('common:action.close')}
                </Button>
              </Dialog.Close>
            )}
          </Flex>
        </DialogForm>
      </Dialog.Content>
    </Dialog.Root>
  );
}
