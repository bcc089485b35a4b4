import { Flex, TextField } from '@radix-ui/themes';
import { FormField, fieldAria } from '../../../forms/FormField.js';
import { formatMiB } from '../../../lib/format.js';
import { MEMORY_WARN_SHARE } from '../../vm-create/wizard-values.js';
import type { Editor } from '../editor.js';
import { BalloonNow } from './BalloonNow.js';
import styles from '../editor.module.css';

export function MemorySection({ ed }: { ed: Editor }) {
  const { draft, set, errors, host } = ed;
  const mib = Number(draft.memoryMiB);
  const share = host && Number.isFinite(mib) ? mib / host.memTotalMiB : 0;
  const warning =
    share > 1
      ? `More than this host has (${formatMiB(host!.memTotalMiB)}): the VM will not get it all.`
      : share > MEMORY_WARN_SHARE
        ? `More than ${Math.round(MEMORY_WARN_SHARE * 100)} % of the host’s memory: the host may start swapping.`
        : undefined;
  return (
    <Flex direction="column" gap="4">
      <FormField
        id="hw-memory"
        label="Memory (MiB)"
        error={errors.memoryMiB}
        warning={warning}
        hint={host ? `This host has ${formatMiB(host.memTotalMiB)}. QEMU: -m ${draft.memoryMiB.trim() || '…'}` : undefined}
      >
        <TextField.Root
          {...fieldAria('hw-memory', errors.memoryMiB)}
          inputMode="numeric"
          autoComplete="off"
          value={draft.memoryMiB}
          onChange={(e) => set({ memoryMiB: e.target.value })}
          className={styles.narrowInput}
        >
          <TextField.Slot side="right">MiB</TextField.Slot>
        </TextField.Root>
      </FormField>
      <FormField
        id="hw-current-memory"
        label="Current memory (MiB)"
        error={errors.currentMemoryMiB}
        hint={
          draft.balloon
            ? 'What the balloon leaves the guest; empty = all of it. Changed on a running VM at once.'
            : 'Needs the memory balloon: switch it on under “Memory balloon” first.'
        }
      >
        <Flex align="center" gap="3" wrap="wrap" className={styles.balloonRow}>
          <TextField.Root
            {...fieldAria('hw-current-memory', errors.currentMemoryMiB)}
            inputMode="numeric"
            autoComplete="off"
            placeholder={`all (${draft.memoryMiB.trim() || '…'})`}
            disabled={!draft.balloon && draft.currentMemoryMiB === ''}
            value={draft.currentMemoryMiB}
            onChange={(e) => set({ currentMemoryMiB: e.target.value })}
            className={styles.narrowInput}
          >
            <TextField.Slot side="right">MiB</TextField.Slot>
          </TextField.Root>
          <BalloonNow vm={ed.vm} size="2" />
        </Flex>
      </FormField>
    </Flex>
  );
}
