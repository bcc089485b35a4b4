import { Button, Flex, Text, TextField, Tooltip } from '@radix-ui/themes';
import { PlusIcon } from '@radix-ui/react-icons';
import type { CdromConfig } from '../../../../shared/model/index.js';
import { EnumSelect, type EnumOption } from '../../../forms/EnumSelect.js';
import { FormField, fieldAria } from '../../../forms/FormField.js';
import { rowKey } from '../../../forms/forward-rows.js';
import type { CdromDraft } from '../editor-draft.js';
import type { Editor } from '../editor.js';
import { DeviceCard } from './DeviceCard.js';
import styles from '../editor.module.css';

const BUS: readonly EnumOption<CdromConfig['bus']>[] = [
  { value: 'sata', label: 'SATA' },
  { value: 'ide', label: 'IDE' },
  { value: 'scsi', label: 'SCSI' },
];

export function CdromsSection({ ed }: { ed: Editor }) {
  const { draft, set, errors, running } = ed;
  const update = (i: number, patch: Partial<CdromDraft>) => set({ cdroms: draft.cdroms.map((d, j) => (j === i ? { ...d, ...patch } : d)) });
  return (
    <Flex direction="column" gap="3">
      {draft.cdroms.length === 0 ? (
        <Text size="2" color="gray">
          No CD-ROM drives.
        </Text>
      ) : null}
      {draft.cdroms.map((cd, i) => {
        const err = errors[`cdroms.${i}.file`];
        return (
          <DeviceCard
            key={cd.key}
            title={`CD-ROM ${i + 1}`}
            detail={cd.file.trim() ? undefined : 'empty'}
            removeLabel={`Remove CD-ROM ${i + 1}`}
            removeHint="Remove the drive from the VM"
            onRemove={() => set({ cdroms: draft.cdroms.filter((_, j) => j !== i) })}
          >
            <FormField
              id={`hw-cd-${i}-file`}
              label="ISO image"
              error={err}
              hint={
                running
                  ? 'Applied to the running VM at once: the old medium is ejected, the new one inserted.'
                  : 'Empty = no medium in the drive.'
              }
            >
              <Flex gap="2">
                <TextField.Root
                  {...fieldAria(`hw-cd-${i}-file`, err)}
                  className="mono-input grow"
                  placeholder="empty drive"
                  autoComplete="off"
                  spellCheck={false}
                  value={cd.file}
                  onChange={(e) => update(i, { file: e.target.value })}
                />
                <Tooltip content="Take the medium out (Apply to eject)">
                  <Button
                    type="button"
                    variant="soft"
                    color="gray"
                    disabled={!cd.file}
                    onClick={() => update(i, { file: '' })}
                    aria-label={`Eject CD-ROM ${i + 1}`}
                  >
                    Eject
                  </Button>
                </Tooltip>
              </Flex>
            </FormField>
            <div className={styles.fieldGrid}>
              <FormField id={`hw-cd-${i}-bus`} label="Bus">
                <EnumSelect id={`hw-cd-${i}-bus`} value={cd.bus} options={BUS} onChange={(bus) => update(i, { bus })} />
              </FormField>
            </div>
          </DeviceCard>
        );
      })}
      {errors.cdroms ? (
        <Text size="1" color="red">
          {errors.cdroms}
        </Text>
      ) : null}
      <Button
        type="button"
        variant="soft"
        className={styles.addButton}
        disabled={draft.cdroms.length >= 4}
        onClick={() => set({ cdroms: [...draft.cdroms, { key: rowKey(), file: '', bus: 'sata' }] })}
      >
        <PlusIcon /> Add a CD-ROM drive
      </Button>
    </Flex>
  );
}
