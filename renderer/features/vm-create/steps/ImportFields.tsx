import { Flex } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import { ChoiceCards } from '../../../forms/ChoiceCards.js';
import type { ImageDetails } from '../../../../shared/api.js';
import { FormField } from '../../../forms/FormField.js';
import { PathField } from '../../../forms/PathField.js';
import type { WizardT } from '../review-text.js';
import type { ImportMode } from '../wizard-values.js';
import type { WizardForm } from '../useWizardForm.js';

const ID = 'wiz-import';
/** A path is the same in every language. */
const PLACEHOLDER = '/var/lib/images/server.qcow2';

const MODES: readonly ImportMode[] = ['convert', 'overlay', 'use'];

/** "qcow2 image, 64 MiB virtual size, 196 KiB on disk, backed by /b.qcow2": what qemu-img info found. */
function imageText(image: ImageDetails, t: WizardT): string {
  const parts: string[] = [t('import.format', { format: String(image.format) }), t('import.virtualSize', { size: image.virtualSize })];
  if (image.actualSize !== null) parts.push(t('import.onDisk', { size: image.actualSize }));
  if (image.backingFile) parts.push(t('import.backedBy', { file: image.backingFile }));
  return parts.join(', ');
}

/** An existing disk image and what VirtDesk does with it. */
export function ImportFields({ form, image }: { form: WizardForm; image: ImageDetails | null }) {
  const { t } = useTranslation('wizard');
  const { values, update, touch } = form;
  const error = form.error('source.path');
  return (
    <Flex direction="column" gap="3">
      <FormField id={ID} label={t('import.label')} error={error} hint={image ? imageText(image, t) : t('import.hint')}>
        <PathField
          id={ID}
          kind="disk"
          error={error}
          placeholder={PLACEHOLDER}
          value={values.importPath}
          onChange={(importPath) => update({ importPath }, 'source.path')}
          onBlur={() => touch('source.path')}
        />
      </FormField>
      <ChoiceCards
        id="wiz-import-mode"
        label={t('import.how')}
        choices={MODES.map((mode) => ({ mode, title: t(`import.${mode}.title`), text: t(`import.${mode}.text`) }))}
        value={values.importMode}
        onChange={(m) => update({ importMode: m })}
      />
    </Flex>
  );
}
