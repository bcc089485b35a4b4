import { Button, Flex, Grid, TextField } from '@radix-ui/themes';
import { PlusIcon } from '@radix-ui/react-icons';
import { useState } from 'react';
import type { DiskBus } from '../../../../shared/model/index.js';
import { diskSizeGiB } from '../../../../shared/schemas/index.js';
import { EnumSelect, type EnumOption } from '../../../forms/EnumSelect.js';
import { FormField, fieldAria } from '../../../forms/FormField.js';
import { describeError } from '../../../lib/errors.js';
import { addNewDisk } from '../details-actions.js';
import styles from '../editor.module.css';

const FORMATS: readonly EnumOption<'qcow2' | 'raw'>[] = [
  { value: 'qcow2', label: 'qcow2' },
  { value: 'raw', label: 'raw' },
];

/**
 * "Add a new disk": the engine makes the empty image in the VM's folder (qemu-img create) and adds it
 * in one step, so there is never an image without a VM or a VM pointing at no image.
 */
export function NewDiskPanel({ vmId, defaultBus }: { vmId: string; defaultBus: DiskBus }) {
  const [open, setOpen] = useState(false);
  const [size, setSize] = useState('10');
  const [format, setFormat] = useState<'qcow2' | 'raw'>('qcow2');
  const [busy, setBusy] = useState(false);
  const [engineError, setEngineError] = useState<string | null>(null);
  const check = diskSizeGiB.safeParse(Number(size));
  const error = size.trim() === '' ? 'Give a size in GiB.' : check.success ? (engineError ?? undefined) : check.error.issues[0]?.message;

  if (!open) {
    return (
      <Button type="button" variant="soft" size="2" onClick={() => setOpen(true)} className={styles.addButton}>
        <PlusIcon /> Add a new disk
      </Button>
    );
  }
  return (
    <Flex direction="column" gap="2" className={styles.addPanel}>
      <Grid columns="1fr 120px" gap="2" align="end">
        <FormField
          id="hw-new-disk-size"
          label="Size of the new disk (GiB)"
          error={error}
          hint="qcow2 grows as the guest writes; raw takes its size at once"
        >
          <TextField.Root
            {...fieldAria('hw-new-disk-size', error)}
            inputMode="decimal"
            value={size}
            onChange={(e) => (setSize(e.target.value), setEngineError(null))}
            autoFocus
          />
        </FormField>
        <FormField id="hw-new-disk-format" label="Format">
          <EnumSelect id="hw-new-disk-format" value={format} options={FORMATS} onChange={setFormat} />
        </FormField>
      </Grid>
      <Flex gap="2" justify="end">
        <Button type="button" variant="soft" color="gray" size="1" onClick={() => setOpen(false)}>
          Cancel
        </Button>
        <Button
          type="button"
          size="1"
          loading={busy}
          disabled={!check.success || busy}
          onClick={() => {
            setBusy(true);
            // Errors are shown beside the button; nothing is left to reject.
            addNewDisk(vmId, check.data!, format, defaultBus)
              .then(() => setOpen(false))
              .catch((err: unknown) => setEngineError(describeError(err)))
              .finally(() => setBusy(false));
          }}
        >
          Create disk
        </Button>
      </Flex>
    </Flex>
  );
}
