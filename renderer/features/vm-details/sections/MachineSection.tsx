import { Badge, Flex, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import { EnumSelect } from '../../../forms/EnumSelect.js';
import { FormField } from '../../../forms/FormField.js';
import { useCapabilities } from '../../../store/useCapabilities.js';
import { machineRows } from '../../host/capabilities-view.js';
import type { Editor } from '../editor.js';

export function MachineSection({ ed }: { ed: Editor }) {
  const { t } = useTranslation('details');
  const { draft, set, errors } = ed;
  const caps = useCapabilities();
  // "pc" and "q35" are what people write; the versioned name follows in the label.
  const rows = caps ? machineRows(caps.machines).filter((m) => !m.deprecated || m.name === draft.machine || m.alias === draft.machine) : [];
  const options = rows.map((m) => ({ value: m.alias ?? m.name, row: m }));
  const current = options.find((o) => o.value === draft.machine || o.row.name === draft.machine);
  return (
    <Flex direction="column" gap="3">
      <FormField
        id="hw-machine"
        label={t('machine.label')}
        error={errors.machine}
        hint={t('editor.qemu', { option: `-machine ${draft.machine}` })}
      >
        <EnumSelect
          id="hw-machine"
          aria-describedby="hw-machine-msg"
          wide
          long
          value={draft.machine}
          options={[
            ...(current ? [] : [{ value: draft.machine, label: draft.machine }]),
            ...options.map(({ value, row }) => {
              const name = row.alias ? `${row.alias} (${row.name})` : row.name;
              return { value, label: row.isDefault ? t('machine.isDefault', { name }) : name };
            }),
          ]}
          onChange={(machine) => set({ machine })}
        />
      </FormField>
      {current ? (
        <Flex align="center" gap="2" wrap="wrap">
          <Text size="2" color="gray">
            {current.row.description}
          </Text>
          {current.row.isDefault ? (
            <Badge size="1" color="green" variant="soft">
              {t('machine.qemuDefault')}
            </Badge>
          ) : null}
          {current.row.deprecated ? (
            <Badge size="1" color="orange" variant="soft">
              {t('machine.deprecated')}
            </Badge>
          ) : null}
        </Flex>
      ) : null}
      <Text size="1" color="gray">
        {t('machine.teach')}
      </Text>
    </Flex>
  );
}
