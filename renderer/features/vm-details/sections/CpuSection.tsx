import { Flex, TextField } from '@radix-ui/themes';
import { AccelField } from '../../../forms/AccelField.js';
import { EnumSelect } from '../../../forms/EnumSelect.js';
import { FormField, fieldAria } from '../../../forms/FormField.js';
import { useCapabilities } from '../../../store/useCapabilities.js';
import type { Editor } from '../editor.js';
import styles from '../editor.module.css';

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
        <TextField.Root
          {...fieldAria('hw-cpus', errors.cpus)}
          inputMode="numeric"
          autoComplete="off"
          value={draft.cpus}
          onChange={(e) => set({ cpus: e.target.value })}
          className={styles.narrowInput}
        />
      </FormField>
      <FormField
        id="hw-cpu-model"
        label="CPU model"
        error={errors.cpuModel}
        hint={draft.cpuModel ? `QEMU: -cpu ${draft.cpuModel}` : 'QEMU picks qemu64: safe everywhere, few CPU features.'}
      >
        <EnumSelect
          id="hw-cpu-model"
          aria-describedby="hw-cpu-model-msg"
          wide
          long
          value={draft.cpuModel ?? QEMU_DEFAULT}
          lead={{ value: QEMU_DEFAULT, label: 'QEMU default' }}
          options={models.map((m) => ({ value: m, label: NOTE[m] ? `${m} — ${NOTE[m]}` : m }))}
          onChange={(v) => set({ cpuModel: v === QEMU_DEFAULT ? null : v })}
        />
      </FormField>
      <AccelField id="hw-accel" host={host} value={draft.accel} onChange={(accel) => set({ accel })} />
    </Flex>
  );
}
