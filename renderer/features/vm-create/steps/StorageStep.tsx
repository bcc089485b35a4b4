import { Flex, Grid, SegmentedControl, Text, TextField } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import { ChoiceCards } from '../../../forms/ChoiceCards.js';
import type { StorageChoice } from '../../../../shared/api.js';
import { FormField, fieldAria } from '../../../forms/FormField.js';
import { PathField } from '../../../forms/PathField.js';
import type { WizardForm } from '../useWizardForm.js';
import formStyles from '../../../forms/forms.module.css';

/** The fields' ids: their labels and messages point at them. */
const DISK_SIZE_ID = 'wiz-disk-size';

/** Image formats are names, the same in every language. */
const FORMAT_NAMES = { qcow2: 'qcow2', raw: 'raw' } as const;
/** A path is the same in every language. */
const PLACEHOLDER = '/var/lib/images/data.qcow2';

/** Step 4: the VM's disk: a new one, an image that exists already, or none. */
export function StorageStep({ form }: { form: WizardForm }) {
  const { t } = useTranslation(['wizard', 'common']);
  const { values, update, touch, host } = form;
  const imported = values.sourceKind === 'import';
  const sizeErr = form.error('storage.sizeGiB');
  const pathErr = form.error('storage.path');
  const kindErr = form.error('storage.kind') ?? form.problem('storage.kind');
  const choices: { kind: StorageChoice['kind']; title: string; text: string; disabled?: boolean }[] = [
    {
      kind: 'new',
      title: imported ? t('storage.new.titleImport') : t('storage.new.title'),
      text: t('storage.new.text'),
    },
    {
      kind: 'existing',
      title: t('storage.existing.title'),
      text: imported ? t('storage.existing.textImport') : t('storage.existing.text'),
      disabled: imported,
    },
    {
      kind: 'none',
      title: imported ? t('storage.none.titleImport') : t('storage.none.title'),
      text: imported ? t('storage.none.textImport') : t('storage.none.text'),
    },
  ];
  return (
    <Flex direction="column" gap="4">
      {imported ? (
        <Text as="p" size="2" color="gray">
          {t('storage.importedNote')}
        </Text>
      ) : null}
      <ChoiceCards
        id="wiz-storage-kind"
        label={t('storage.label')}
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
            id={DISK_SIZE_ID}
            label={t('storage.size')}
            error={sizeErr}
            hint={host ? t('storage.sizeHint', { free: host.disk.freeBytes, path: host.disk.path }) : undefined}
          >
            <TextField.Root
              {...fieldAria(DISK_SIZE_ID, sizeErr)}
              inputMode="decimal"
              autoComplete="off"
              value={values.diskGiB}
              onChange={(e) => update({ diskGiB: e.target.value, userSet: { ...values.userSet, diskGiB: true } }, 'storage.sizeGiB')}
              onBlur={() => touch('storage.sizeGiB')}
            >
              <TextField.Slot side="right">{t('common:units.gib')}</TextField.Slot>
            </TextField.Root>
          </FormField>
          <Flex direction="column" gap="1">
            <Text size="2" weight="medium" id="wiz-disk-format">
              {t('storage.format')}
            </Text>
            <SegmentedControl.Root
              value={values.diskFormat}
              onValueChange={(f) => update({ diskFormat: f as 'qcow2' | 'raw' })}
              aria-labelledby="wiz-disk-format"
            >
              <SegmentedControl.Item value="qcow2">{FORMAT_NAMES.qcow2}</SegmentedControl.Item>
              <SegmentedControl.Item value="raw">{FORMAT_NAMES.raw}</SegmentedControl.Item>
            </SegmentedControl.Root>
            <Text size="1" color="gray" className={formStyles.fieldMessage}>
              {values.diskFormat === 'qcow2' ? t('storage.qcow2') : t('storage.raw')}
            </Text>
          </Flex>
        </Grid>
      ) : null}

      {values.storageKind === 'existing' ? (
        <FormField id="wiz-disk-path" label={t('storage.path')} error={pathErr} hint={t('storage.pathHint')}>
          <PathField
            id="wiz-disk-path"
            kind="disk"
            error={pathErr}
            placeholder={PLACEHOLDER}
            value={values.diskPath}
            onChange={(diskPath) => update({ diskPath }, 'storage.path')}
            onBlur={() => touch('storage.path')}
          />
        </FormField>
      ) : null}
    </Flex>
  );
}
