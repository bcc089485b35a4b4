import { useTranslation } from 'react-i18next';
import type { DiskBus } from '../../shared/model/index.js';
import { EnumSelect } from './EnumSelect.js';
import { FormField } from './FormField.js';

const BUSES: readonly DiskBus[] = ['virtio', 'sata', 'ide', 'scsi'];

/** The controller a disk hangs on, which decides the driver the guest needs: paravirtual or emulated. */
export function DiskBusField({ id, value, onChange }: { id: string; value: DiskBus; onChange: (bus: DiskBus) => void }) {
  const { t } = useTranslation(['teach', 'common']);
  const options = BUSES.map((bus) => ({ value: bus, label: t(`field.bus.${bus}`) }));
  return (
    <FormField id={id} label={t('field.bus.label')}>
      <EnumSelect id={id} wide value={value} options={options} onChange={onChange} />
    </FormField>
  );
}
