import { Flex, TextField } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import { FormField, fieldAria } from '../../../forms/FormField.js';
import { parseDecimal } from '../../../lib/format.js';
import { MEMORY_WARN_SHARE } from '../../vm-create/wizard-values.js';
import type { Editor } from '../editor.js';
import { BalloonNow } from './BalloonNow.js';
import styles from '../editor.module.css';

const MEMORY_ID = 'hw-memory';
const CURRENT_ID = 'hw-current-memory';

export function MemorySection({ ed }: { ed: Editor }) {
  const { t } = useTranslation(['details', 'common']);
  const { draft, set, errors, host } = ed;
  const mib = parseDecimal(draft.memoryMiB);
  const share = host && mib !== null ? mib / host.memTotalMiB : 0;
  const warning =
    share > 1
      ? t('memory.overHost', { mib: host!.memTotalMiB })
      : share > MEMORY_WARN_SHARE
        ? t('memory.overShare', { p: Math.round(MEMORY_WARN_SHARE * 100) })
        : undefined;
  const qemu = t('editor.qemu', { option: `-m ${draft.memoryMiB.trim() || '…'}` });
  return (
    <Flex direction="column" gap="4">
      <FormField
        id={MEMORY_ID}
        label={t('memory.label')}
        error={errors.memoryMiB}
        warning={warning}
        hint={host ? `${t('memory.host', { mib: host.memTotalMiB })} ${qemu}` : undefined}
      >
        <TextField.Root
          {...fieldAria(MEMORY_ID, errors.memoryMiB)}
          inputMode="numeric"
          autoComplete="off"
          value={draft.memoryMiB}
          onChange={(e) => set({ memoryMiB: e.target.value })}
          className={styles.narrowInput}
        >
          <TextField.Slot side="right">{t('common:units.mib')}</TextField.Slot>
        </TextField.Root>
      </FormField>
      <FormField
        id={CURRENT_ID}
        label={t('memory.current')}
        error={errors.currentMemoryMiB}
        hint={draft.balloon ? t('memory.currentHint') : t('memory.currentNeedsBalloon')}
      >
        <Flex align="center" gap="3" wrap="wrap" className={styles.balloonRow}>
          <TextField.Root
            {...fieldAria(CURRENT_ID, errors.currentMemoryMiB)}
            inputMode="numeric"
            autoComplete="off"
            placeholder={t('memory.currentAll', { value: draft.memoryMiB.trim() || '…' })}
            disabled={!draft.balloon && draft.currentMemoryMiB === ''}
            value={draft.currentMemoryMiB}
            onChange={(e) => set({ currentMemoryMiB: e.target.value })}
            className={styles.narrowInput}
          >
            <TextField.Slot side="right">{t('common:units.mib')}</TextField.Slot>
          </TextField.Root>
          <BalloonNow vm={ed.vm} size="2" />
        </Flex>
      </FormField>
    </Flex>
  );
}
