import { Flex } from '@radix-ui/themes';
import { ChoiceCards } from '../../../forms/ChoiceCards.js';
import type { ImageDetails } from '../../../../shared/api.js';
import { FormField } from '../../../forms/FormField.js';
import { PathField } from '../../../forms/PathField.js';
import { formatBytes } from '../../../lib/format.js';
import type { ImportMode } from '../wizard-values.js';
import type { WizardForm } from '../useWizardForm.js';

const ID = 'wiz-import';

const MODES: { mode: ImportMode; title: string; text: string }[] = [
  {
    mode: 'convert',
    title: 'Convert to qcow2',
    text: 'Copies the image into the VM’s folder (qemu-img convert). The original stays as it is.',
  },
  {
    mode: 'overlay',
    title: 'Use as backing file',
    text: 'A small qcow2 overlay records the changes; the image must stay where it is, unchanged.',
  },
  { mode: 'use', title: 'Use in place', text: 'The VM writes to the image itself. Fast, but nothing protects the original.' },
];

/** An existing disk image and what VirtDesk does with it. */
export function ImportFields({ form, image }: { form: WizardForm; image: ImageDetails | null }) {
  const { values, update, touch } = form;
  const error = form.error('source.path');
  return (
    <Flex direction="column" gap="3">
      <FormField
        id={ID}
        label="Disk image"
        error={error}
        hint={
          image ? (
            <>
              {String(image.format)} image, {formatBytes(image.virtualSize)} virtual size
              {image.actualSize !== null ? `, ${formatBytes(image.actualSize)} on disk` : ''}
              {image.backingFile ? `, backed by ${image.backingFile}` : ''}
            </>
          ) : (
            'The full path of a qcow2, raw, vmdk or vdi file. VirtDesk reads its format with qemu-img info, not from the name.'
          )
        }
      >
        <PathField
          id={ID}
          kind="disk"
          error={error}
          placeholder="/var/lib/images/server.qcow2"
          value={values.importPath}
          onChange={(importPath) => update({ importPath }, 'source.path')}
          onBlur={() => touch('source.path')}
        />
      </FormField>
      <ChoiceCards
        id="wiz-import-mode"
        label="How to use it"
        choices={MODES}
        value={values.importMode}
        onChange={(m) => update({ importMode: m })}
      />
    </Flex>
  );
}
