import { Flex, TextField } from '@radix-ui/themes';
import { Trans, useTranslation } from 'react-i18next';
import { FormField, fieldAria } from '../../../forms/FormField.js';
import { PathField } from '../../../forms/PathField.js';
import type { WizardForm } from '../useWizardForm.js';

/** The fields' ids: their labels and messages point at them. */
const APPEND_ID = 'wiz-append';

/** Paths and a kernel option read the same in every language. */
const KERNEL_PLACEHOLDER = '/boot/vmlinuz';
const INITRD_PLACEHOLDER = '/boot/initrd.img';
const APPEND_PLACEHOLDER = 'console=ttyS0';

/** -kernel, -initrd and -append: QEMU boots Linux without a boot loader. */
export function KernelFields({ form }: { form: WizardForm }) {
  const { t } = useTranslation('wizard');
  const { values, update, touch } = form;
  const kernelErr = form.error('source.kernel');
  const initrdErr = form.error('source.initrd');
  const appendErr = form.error('source.append');
  return (
    <Flex direction="column" gap="3">
      <FormField id="wiz-kernel" label={t('kernel.label')} error={kernelErr} hint={t('kernel.hint')}>
        <PathField
          id="wiz-kernel"
          kind="kernel"
          browseName={t('kernel.browse')}
          error={kernelErr}
          placeholder={KERNEL_PLACEHOLDER}
          value={values.kernel}
          onChange={(kernel) => update({ kernel }, 'source.kernel')}
          onBlur={() => touch('source.kernel')}
        />
      </FormField>
      <FormField id="wiz-initrd" label={t('kernel.initrd')} error={initrdErr} hint={t('kernel.initrdHint')}>
        <PathField
          id="wiz-initrd"
          kind="initrd"
          browseName={t('kernel.browseInitrd')}
          error={initrdErr}
          placeholder={INITRD_PLACEHOLDER}
          value={values.initrd}
          onChange={(initrd) => update({ initrd }, 'source.initrd')}
          onBlur={() => touch('source.initrd')}
        />
      </FormField>
      <FormField
        id={APPEND_ID}
        label={t('kernel.append')}
        error={appendErr}
        hint={<Trans t={t} i18nKey="kernel.appendHint" components={{ code: <code /> }} />}
      >
        <TextField.Root
          {...fieldAria(APPEND_ID, appendErr)}
          className="mono-input"
          placeholder={APPEND_PLACEHOLDER}
          autoComplete="off"
          spellCheck={false}
          value={values.append}
          onChange={(e) => update({ append: e.target.value }, 'source.append')}
          onBlur={() => touch('source.append')}
        />
      </FormField>
    </Flex>
  );
}
