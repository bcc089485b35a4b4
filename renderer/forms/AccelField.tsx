import { useTranslation } from 'react-i18next';
import type { Accel, HostInfo } from '../../shared/model/index.js';
import { accelChoices } from '../lib/host-verdict.js';
import { AccelHint, KvmRiskCallout } from './AccelHint.js';
import { EnumSelect } from './EnumSelect.js';
import { FormField } from './FormField.js';

/**
 * How the CPU is run (-accel): "Automatic" says what it resolves to on this host, the line under it
 * what the KVM self-test found. KVM picked by hand against that verdict gets a callout: what will
 * happen, and where to look.
 */
export function AccelField({
  id,
  host,
  value,
  onChange,
}: {
  id: string;
  host: HostInfo | null;
  value: Accel;
  onChange: (accel: Accel) => void;
}) {
  const { t } = useTranslation('host');
  return (
    <>
      <FormField id={id} label={t('accel.label')} hint={<AccelHint host={host} accel={value} />}>
        <EnumSelect id={id} aria-describedby={`${id}-msg`} wide value={value} options={accelChoices(host)} onChange={onChange} />
      </FormField>
      {value === 'kvm' && host && !host.kvm.usable ? <KvmRiskCallout host={host} /> : null}
    </>
  );
}
