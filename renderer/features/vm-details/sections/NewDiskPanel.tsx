import { Button, Flex, Grid, TextField } from '@radix-ui/themes';
import { PlusIcon } from '@radix-ui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DiskBus } from '../../../../shared/model/index.js';
import { EnumSelect, type EnumOption } from '../../../forms/EnumSelect.js';
import { FormField, fieldAria } from '../../../forms/FormField.js';
import { describeError } from '../../../lib/errors.js';
import { addNewDisk } from '../details-actions.js';
import { newDiskSize } from '../editor-draft.js';
import styles from '../editor.module.css';

const SIZE_ID = 'hw-new-disk-size';

const FORMATS: readonly EnumOption<'qcow2' | 'raw'>[] = [
  { value: 'qcow2', label: 'qcow2' },
  { value: 'raw', label: 'raw' },
];

/**
 * "Add a new disk": the engine makes the empty image in the VM's folder (qemu-img create) and adds it
 * in one step, so there is never an image without a VM or a VM pointing at no image.
 */
export function NewDiskPanel({ vmId, defaultBus }: { vmId: string; defaultBus: DiskBus }) {
  const { t } = useTranslation(['details', 'common']);
  const [open, setOpen] = useState(false);
  const [size, setSize] = useState('10');
  const [format, setFormat] = useState<'qcow2' | 'raw'>('qcow2');
  const [busy, setBusy] = useState(false);
  // The refusal itself: its words follow a change of language.
  const [engineError, setEngineError] = useState<{ err: unknown } | null>(null);
  const sizeGiB = newDiskSize(size);
  const valid = sizeGiB.ok ? sizeGiB.value : null;
  const error = !sizeGiB.ok ? sizeGiB.message : engineError ? describeError(engineError.err) : undefined;

  if (!open) {
    return (
      <Button type="button" variant="soft" size="2" onClick={() => setOpen(true)} className={styles.addButton}>
        <PlusIcon /> {t('disks.addNew')}
      </Button>
    );
  }
  return (
    <Flex direction="column" gap="2" className={styles.addPanel}>
      <Grid columns="1fr 120px" gap="2" align="end">
        <FormField id={SIZE_ID} label={t('disks.newSize')} error={error} hint={t('disks.newSizeHint')}>
          <TextField.Root
            {...fieldAria(SIZE_ID, error)}
            inputMode="decimal"
            value={size}
            onChange={(e) => (setSize(e.target.value), setEngineError(null))}
            autoFocus
          />
        </FormField>
        <FormField id="hw-new-disk-format" label={t('disks.format')}>
          <EnumSelect id="hw-new-disk-format" value={format} options={FORMATS} onChange={setFormat} />
        </FormField>
      </Grid>
      <Flex gap="2" justify="end">
        <Button type="button" variant="soft" color="gray" size="1" onClick={() => setOpen(false)}>
          {t('common:action.cancel')}
        </Button>
        <Button
          type="button"
          size="1"
          loading={busy}
          disabled={valid === null || busy}
          onClick={() => {
            setBusy(true);
            // Errors are shown beside the button; nothing is left to reject.
            addNewDisk(vmId, valid!, format, defaultBus)
              .then(() => setOpen(false))
              .catch((err: unknown) => setEngineError({ err }))
              .finally(() => setBusy(false));
          }}
        >
          {t('disks.create')}
        </Button>
      </Flex>
    </Flex>
  );
}
