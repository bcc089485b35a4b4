import type { NicModel } from '../../shared/model/index.js';
import { EnumSelect, type EnumOption } from './EnumSelect.js';
import { FormField } from './FormField.js';

const NIC_MODELS: readonly EnumOption<NicModel>[] = [
  { value: 'virtio-net-pci', label: 'virtio-net-pci — fastest; Linux and BSD have the driver' },
  { value: 'e1000', label: 'e1000 — Intel PRO/1000, every OS has a driver' },
  { value: 'e1000e', label: 'e1000e — Intel 82574, for newer Windows' },
  { value: 'rtl8139', label: 'rtl8139 — Realtek, for very old systems' },
];

const RECOMMENDED = 'os-default';

interface Props {
  id: string;
  label: string;
  /** null = the OS's recommended model, offered first when `recommended` is given. */
  value: NicModel | null;
  onChange: (model: NicModel | null) => void;
  recommended?: NicModel;
}

/** The network card the guest sees (-device <model>), with what each one is good for. */
export function NicModelField({ id, label, value, onChange, recommended }: Props) {
  return (
    <FormField id={id} label={label}>
      <EnumSelect<NicModel | typeof RECOMMENDED>
        id={id}
        wide
        value={value ?? RECOMMENDED}
        lead={recommended ? { value: RECOMMENDED, label: `${recommended} (recommended)` } : undefined}
        options={NIC_MODELS}
        onChange={(v) => onChange(v === RECOMMENDED ? null : v)}
      />
    </FormField>
  );
}
