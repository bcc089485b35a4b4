import { Flex, TextField } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import { AccelField } from '../../../forms/AccelField.js';
import { EnumSelect } from '../../../forms/EnumSelect.js';
import { FormField, fieldAria } from '../../../forms/FormField.js';
import { parseDecimal } from '../../../lib/format.js';
import { useCapabilities } from '../../../store/useCapabilities.js';
import type { Editor } from '../editor.js';
import styles from '../editor.module.css';

const QEMU_DEFAULT = 'qemu-default';
const CPUS_ID = 'hw-cpus';

/** Notes for the models people pick by name. */
const NOTE = new Map<string, 'cpu.noteHost' | 'cpu.noteMax' | 'cpu.noteQemu64'>([
  ['host', 'cpu.noteHost'],
  ['max', 'cpu.noteMax'],
  ['qemu64', 'cpu.noteQemu64'],
]);

export function CpuSection({ ed }: { ed: Editor }) {
  const { t } = useTranslation('details');
  const { draft, set, errors, host } = ed;
  const caps = useCapabilities();
  const cpus = parseDecimal(draft.cpus);
  const over = host && cpus !== null && Number.isInteger(cpus) && cpus > host.cpuThreads;
  const models = caps?.cpus.map((c) => c.name) ?? [];
  if (draft.cpuModel && !models.includes(draft.cpuModel)) models.unshift(draft.cpuModel);
  return (
    <Flex direction="column" gap="4">
      <FormField
        id={CPUS_ID}
        label={t('cpu.label')}
        error={errors.cpus}
        warning={over ? t('cpu.over', { threads: host.cpuThreads }) : undefined}
        hint={
          host
            ? `${t('cpu.host', { count: host.cpuThreads })} ${t('editor.qemu', { option: `-smp ${draft.cpus.trim() || '…'}` })}`
            : undefined
        }
      >
        <TextField.Root
          {...fieldAria(CPUS_ID, errors.cpus)}
          inputMode="numeric"
          autoComplete="off"
          value={draft.cpus}
          onChange={(e) => set({ cpus: e.target.value })}
          className={styles.narrowInput}
        />
      </FormField>
      <FormField
        id="hw-cpu-model"
        label={t('cpu.model')}
        error={errors.cpuModel}
        hint={draft.cpuModel ? t('editor.qemu', { option: `-cpu ${draft.cpuModel}` }) : t('cpu.modelDefaultHint')}
      >
        <EnumSelect
          id="hw-cpu-model"
          aria-describedby="hw-cpu-model-msg"
          wide
          long
          value={draft.cpuModel ?? QEMU_DEFAULT}
          lead={{ value: QEMU_DEFAULT, label: t('cpu.modelDefault') }}
          options={models.map((m) => {
            const note = NOTE.get(m);
            return { value: m, label: note ? `${m} — ${t(note)}` : m };
          })}
          onChange={(v) => set({ cpuModel: v === QEMU_DEFAULT ? null : v })}
        />
      </FormField>
      <AccelField id="hw-accel" host={host} value={draft.accel} onChange={(accel) => set({ accel })} />
    </Flex>
  );
}
