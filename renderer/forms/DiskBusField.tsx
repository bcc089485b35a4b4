import type { DiskBus } from '../../shared/model/index.js';
import { EnumSelect, type EnumOption } from './EnumSelect.js';
import { FormField } from './FormField.js';

const BUSES: readonly EnumOption<DiskBus>[] = [
  { value: 'virtio', label: 'VirtIO (fastest; Linux, BSD, Windows with drivers)' },
  { value: 'sata', label: 'SATA (AHCI; every OS)' },
  { value: 'ide', label: 'IDE (old systems)' },
  { value: 'scsi', label: 'SCSI (virtio-scsi)' },
];

/** The controller a disk hangs on, which decides the driver the guest needs. */
export function DiskBusField({ id, value, onChange }: { id: string; value: DiskBus; onChange: (bus: DiskBus) => void }) {
  return (
    <FormField id={id} label="Bus">
      <EnumSelect id={id} wide value={value} options={BUSES} onChange={onChange} />
    </FormField>
  );
}
