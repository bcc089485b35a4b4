import { Flex, Select, TextField } from '@radix-ui/themes';
import type { Accel } from '../../../../shared/model/index.js';
import { FormField, fieldAria } from '../../../forms/FormField.js';
import { accelChoices } from '../../../lib/host-verdict.js';
import { useCapabilities } from '../../../store/useCapabilities.js';
import { AccelHint } from '../../vm-create/AccelHint.js';
import type { Editor } from '../editor.js';

const QEMU_DEFAULT = 'qemu-default';

/** Notes for the models people pick by name. */
const NOTE: Record<string, string> = {
  host: 'the host’s own CPU; KVM only',
  max: 'every feature QEMU can offer',
  qemu64: 'QEMU’s default',
};

export function CpuSection({ ed }: { ed: Editor }) {
  const { draft, set, errors, host } = ed;
  const caps = useCapabilities();
  const cpus = Number(draft.cpus);
  const over = host && Number.isInteger(cpus) && cpus > host.cpuThreads;
  const models = caps?.cpus.map((c) => c.name) ?? [];
  if (draft.cpuModel && !models.includes(draft.cpuModel)) models.unshift(draft.cpuModel);
  return (
    <Flex direction="column" gap="4">
      <FormField
        id="hw-cpus"
        label="CPUs"
        error={errors.cpus}
        warning={over ? `More than this host’s ${host.cpuThreads} CPU threads: the VM runs, but slower than with fewer.` : undefined}
        hint={host ? `This host has ${host.cpuThreads} CPU threads. QEMU: -smp ${draft.cpus.trim() || '…'}` : undefined}
      >
        <TextField.Root {...fieldAria('hw-cpus', errors.cpus)} inputMode="numeric" autoComplete="off" value={draft.cpus} onChange={(e) => set({ cpus: e.target.value })} className="narrow-input" />
      </FormField>
      <FormField
        id="hw-cpu-model"
        label="CPU model"
        error={errors.cpuModel}
        hint={draft.cpuModel ? `QEMU: -cpu ${draft.cpuModel}` : 'QEMU picks qemu64: safe everywhere, few CPU features.'}
      >
        <Select.Root value={draft.cpuModel ?? QEMU_DEFAULT} onValueChange={(v) => set({ cpuModel: v === QEMU_DEFAULT ? null : v })}>
          <Select.Trigger id="hw-cpu-model" aria-describedby="hw-cpu-model-msg" className="wide-select" />
          <Select.Content position="popper" className="long-select">
            <Select.Item value={QEMU_DEFAULT}>QEMU default</Select.Item>
            <Select.Separator />
            {models.map((m) => (
              <Select.Item key={m} value={m}>
                {NOTE[m] ? `${m} — ${NOTE[m]}` : m}
              </Select.Item>
            ))}
          </Select.Content>
        </Select.Root>
      </FormField>
      <FormField id="hw-accel" label="Accelerator" hint={<AccelHint host={host} accel={draft.accel} />}>
        <Select.Root value={draft.accel} onValueChange={(v) => set({ accel: v as Accel })}>
          <Select.Trigger id="hw-accel" aria-describedby="hw-accel-msg" className="wide-select" />
          <Select.Content position="popper">
            {accelChoices(host).map((c) => (
              <Select.Item key={c.value} value={c.value}>
                {c.label}
              </Select.Item>
            ))}
          </Select.Content>
        </Select.Root>
      </FormField>
    </Flex>
  );
}
