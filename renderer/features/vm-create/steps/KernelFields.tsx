import { Flex, Grid, TextField } from '@radix-ui/themes';
import { FormField, fieldAria } from '../../../forms/FormField.js';
import type { WizardForm } from '../useWizardForm.js';

/** -kernel, -initrd and -append: QEMU boots Linux without a boot loader. */
export function KernelFields({ form }: { form: WizardForm }) {
  const { values, update, touch } = form;
  const kernelErr = form.error('source.kernel');
  const initrdErr = form.error('source.initrd');
  const appendErr = form.error('source.append');
  return (
    <Flex direction="column" gap="3">
      <Grid columns="2" gap="3">
        <FormField id="wiz-kernel" label="Kernel" error={kernelErr} hint="A Linux bzImage, e.g. /boot/vmlinuz-6.1.0-18-amd64">
          <TextField.Root
            {...fieldAria('wiz-kernel', kernelErr)}
            className="mono-input"
            placeholder="/boot/vmlinuz"
            autoComplete="off"
            spellCheck={false}
            value={values.kernel}
            onChange={(e) => update({ kernel: e.target.value }, 'source.kernel')}
            onBlur={() => touch('source.kernel')}
          />
        </FormField>
        <FormField id="wiz-initrd" label="Initrd (optional)" error={initrdErr} hint="The initial RAM disk that goes with the kernel">
          <TextField.Root
            {...fieldAria('wiz-initrd', initrdErr)}
            className="mono-input"
            placeholder="/boot/initrd.img"
            autoComplete="off"
            spellCheck={false}
            value={values.initrd}
            onChange={(e) => update({ initrd: e.target.value }, 'source.initrd')}
            onBlur={() => touch('source.initrd')}
          />
        </FormField>
      </Grid>
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
