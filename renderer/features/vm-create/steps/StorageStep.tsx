import { Flex, Grid, SegmentedControl, Text, TextField } from '@radix-ui/themes';
import { ChoiceCards } from '../../../forms/ChoiceCards.js';
import type { StorageChoice } from '../../../../shared/api.js';
import { FormField, fieldAria } from '../../../forms/FormField.js';
import { PathField } from '../../../forms/PathField.js';
import { formatBytes } from '../../../lib/format.js';
import type { WizardForm } from '../useWizardForm.js';
import formStyles from '../../../forms/forms.module.css';

/** Step 4: the VM's disk: a new one, an image that exists already, or none. */
export function StorageStep({ form }: { form: WizardForm }) {
  const { values, update, touch, host } = form;
  const imported = values.sourceKind === 'import';
  const sizeErr = form.error('storage.sizeGiB');
  const pathErr = form.error('storage.path');
  const kindErr = form.error('storage.kind') ?? form.check.errors['storage.kind'];
  const choices: { kind: StorageChoice['kind']; title: string; text: string; disabled?: boolean }[] = [
    {
      kind: 'new',
      title: imported ? 'Add a new disk' : 'Create a new disk',
      text: 'An empty disk image in the VM’s folder (qemu-img create).',
    },
    {
      kind: 'existing',
      title: 'Use an existing image',
      text: imported
        ? 'Not with an import: the imported image is already the disk.'
        : 'A disk image file that exists already, used where it is.',
      disabled: imported,
    },
    {
      kind: 'none',
      title: imported ? 'No other disk' : 'No disk',
      text: imported ? 'The imported image is the only disk.' : 'A diskless VM: a live ISO, a kernel with its initrd, or PXE.',
    },
  ];
  return (
    <Flex direction="column" gap="4">
      {imported ? (
        <Text as="p" size="2" color="gray">
          The imported image becomes the VM’s first disk. You can give it a second, empty disk as well.
        </Text>
      ) : null}
      <ChoiceCards
        id="wiz-storage-kind"
        label="Disk"
        choices={choices.map((c) => ({ ...c, mode: c.kind }))}
        value={values.storageKind}
        onChange={(k) => update({ storageKind: k }, 'storage.kind')}
      />
      {kindErr ? (
        <Text size="1" color="red" role="alert">
          {kindErr}
        </Text>
      ) : null}

      {values.storageKind === 'new' ? (
        <Grid columns="2" gap="4">
          <FormField
            id="wiz-disk-size"
            label="Disk size (GiB)"
            error={sizeErr}
            hint={host ? `${formatBytes(host.disk.freeBytes)} free in ${host.disk.path}` : undefined}
          >
            <TextField.Root
              {...fieldAria('wiz-disk-size', sizeErr)}
              inputMode="decimal"
              autoComplete="off"
              value={values.diskGiB}
              onChange={(e) => update({ diskGiB: e.target.value, userSet: { ...values.userSet, diskGiB: true } }, 'storage.sizeGiB')}
              onBlur={() => touch('storage.sizeGiB')}
            >
              <TextField.Slot side="right">GiB</TextField.Slot>
            </TextField.Root>
          </FormField>
          <Flex direction="column" gap="1">
            <Text size="2" weight="medium" id="wiz-disk-format">
              Format
            </Text>
            <SegmentedControl.Root
              value={values.diskFormat}
              onValueChange={(f) => update({ diskFormat: f as 'qcow2' | 'raw' })}
              aria-labelledby="wiz-disk-format"
            >
              <SegmentedControl.Item value="qcow2">qcow2</SegmentedControl.Item>
              <SegmentedControl.Item value="raw">raw</SegmentedControl.Item>
            </SegmentedControl.Root>
            <Text size="1" color="gray" className={formStyles.fieldMessage}>
              {values.diskFormat === 'qcow2'
                ? 'Grows as the guest writes; snapshots and backing files. The usual choice.'
                : 'A plain file of the full size: simplest and a little faster, no snapshots.'}
            </Text>
          </Flex>
        </Grid>
      ) : null}

      {values.storageKind === 'existing' ? (
        <FormField id="wiz-disk-path" label="Disk image" error={pathErr} hint="Its format is read with qemu-img info. The VM writes to it.">
          <PathField
            id="wiz-disk-path"
            kind="disk"
            error={pathErr}
            placeholder="/var/lib/images/data.qcow2"
            value={values.diskPath}
            onChange={(diskPath) => update({ diskPath }, 'storage.path')}
            onBlur={() => touch('storage.path')}
          />
        </FormField>
      ) : null}
    </Flex>
  );
}
