import { useTranslation } from 'react-i18next';
import type { VmConfig } from '../../shared/model/index.js';
import { EnumSelect } from './EnumSelect.js';
import { FormField } from './FormField.js';

type ConsoleDevice = VmConfig['consoleDevice'];
const DEVICES: readonly ConsoleDevice[] = ['serial', 'virtio'];

/**
 * The console the Console tab shows: the emulated serial port every system drives, or the virtio
 * console, paravirtual and faster, which a Linux guest uses with console=hvc0. One field for the
 * wizard and the hardware editor, with the sentence that says why one is faster.
 */
export function ConsoleDeviceField({
  id,
  value,
  onChange,
  warning,
}: {
  id: string;
  value: ConsoleDevice;
  onChange: (device: ConsoleDevice) => void;
  warning?: string;
}) {
  const { t } = useTranslation(['teach', 'common']);
  const options = DEVICES.map((d) => ({ value: d, label: t(`field.console.${d}`) }));
  return (
    <FormField id={id} label={t('field.console.label')} hint={t('field.console.hint')} warning={warning}>
      <EnumSelect id={id} wide value={value} options={options} onChange={onChange} />
    </FormField>
  );
}
