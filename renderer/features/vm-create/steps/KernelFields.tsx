import { Flex, TextField } from '@radix-ui/themes';
import { FormField, fieldAria } from '../../../forms/FormField.js';
import { PathField } from '../../../forms/PathField.js';
import type { WizardForm } from '../useWizardForm.js';

/** -kernel, -initrd and -append: QEMU boots Linux without a boot loader. */
export function KernelFields({ form }: { form: WizardForm }) {
  const { values, update, touch } = form;
  const kernelErr = form.error('source.kernel');
  const initrdErr = form.error('source.initrd');
  const appendErr = form.error('source.append');
  return (
    <Flex direction="column" gap="3">
      <FormField id="wiz-kernel" label="Kernel" error={kernelErr} hint="A Linux bzImage, e.g. /boot/vmlinuz-6.1.0-18-amd64">
        <PathField
          id="wiz-kernel"
          kind="kernel"
          browseName="Browse for the kernel"
          error={kernelErr}
          placeholder="/boot/vmlinuz"
          value={values.kernel}
          onChange={(kernel) => update({ kernel }, 'source.kernel')}
          onBlur={() => touch('source.kernel')}
        />
      </FormField>
      <FormField id="wiz-initrd" label="Initrd (optional)" error={initrdErr} hint="The initial RAM disk that goes with the kernel">
        <PathField
          id="wiz-initrd"
          kind="initrd"
          browseName="Browse for the initrd"
          error={initrdErr}
          placeholder="/boot/initrd.img"
          value={values.initrd}
          onChange={(initrd) => update({ initrd }, 'source.initrd')}
          onBlur={() => touch('source.initrd')}
        />
      </FormField>
      <FormField
        id="wiz-append"
        label="Kernel arguments"
        error={appendErr}
        hint={
          <>
            The kernel command line. <code>console=ttyS0</code> sends the kernel’s output to the serial console that VirtDesk shows; add{' '}
            <code>root=/dev/vda1</code> to boot an installed disk.
          </>
        }
      >
        <TextField.Root
          {...fieldAria('wiz-append', appendErr)}
          className="mono-input"
          placeholder="console=ttyS0"
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
