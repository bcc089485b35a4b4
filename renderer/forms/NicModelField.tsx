import { useTranslation } from 'react-i18next';
import type { NicModel } from '../../shared/model/index.js';
import { EnumSelect } from './EnumSelect.js';
import { FormField } from './FormField.js';

const NIC_MODELS: readonly NicModel[] = ['virtio-net-pci', 'e1000', 'e1000e', 'rtl8139'];
/** The i18n key of each model: a dotted model name would read as a nested key. */
const NIC_KEY = { 'virtio-net-pci': 'virtio', e1000: 'e1000', e1000e: 'e1000e', rtl8139: 'rtl8139' } as const;

const RECOMMENDED = 'os-default';

interface Props {
  id: string;
  label: string;
  /** null = the OS's recommended model, offered first when `recommended` is given. */
  value: NicModel | null;
  onChange: (model: NicModel | null) => void;
  recommended?: NicModel;
}

/** The network card the guest sees (-device <model>): paravirtual virtio or an emulated card, and what each is good for. */
export function NicModelField({ id, label, value, onChange, recommended }: Props) {
  const { t } = useTranslation(['teach', 'common']);
  const options = NIC_MODELS.map((model) => ({ value: model, label: t(`field.nic.${NIC_KEY[model]}`) }));
  return (
    <FormField id={id} label={label}>
      <EnumSelect<NicModel | typeof RECOMMENDED>
        id={id}
        wide
        value={value ?? RECOMMENDED}
        lead={recommended ? { value: RECOMMENDED, label: t('field.nic.recommended', { model: recommended }) } : undefined}
        options={options}
        onChange={(v) => onChange(v === RECOMMENDED ? null : v)}
      />
    </FormField>
  );
}
