import { Badge, Flex, Text } from '@radix-ui/themes';
import { EnumSelect } from '../../../forms/EnumSelect.js';
import { FormField } from '../../../forms/FormField.js';
import { useCapabilities } from '../../../store/useCapabilities.js';
import { machineRows } from '../../host/capabilities-view.js';
import type { Editor } from '../editor.js';

export function MachineSection({ ed }: { ed: Editor }) {
  const { draft, set, errors } = ed;
  const caps = useCapabilities();
  // "pc" and "q35" are what people write; the versioned name follows in the label.
  const rows = caps ? machineRows(caps.machines).filter((m) => !m.deprecated || m.name === draft.machine || m.alias === draft.machine) : [];
  const options = rows.map((m) => ({ value: m.alias ?? m.name, row: m }));
  const current = options.find((o) => o.value === draft.machine || o.row.name === draft.machine);
  return (
    <Flex direction="column" gap="3">
      <FormField id="hw-machine" label="Machine type" error={errors.machine} hint={`QEMU: -machine ${draft.machine}`}>
        <EnumSelect
          id="hw-machine"
          aria-describedby="hw-machine-msg"
          wide
          long
          value={draft.machine}
          options={[
            ...(current ? [] : [{ value: draft.machine, label: draft.machine }]),
            ...options.map(({ value, row }) => ({
              value,
              label: `${row.alias ? `${row.alias} (${row.name})` : row.name}${row.isDefault ? ' — default' : ''}`,
            })),
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
              QEMU’s default
            </Badge>
          ) : null}
          {current.row.deprecated ? (
            <Badge size="1" color="orange" variant="soft">
              deprecated
            </Badge>
          ) : null}
        </Flex>
      ) : null}
      <Text size="1" color="gray">
        q35 emulates a PCI Express chipset (ICH9, SATA); pc an i440FX with PCI and IDE, for old guests. An installed OS usually copes with a
        change, Windows may ask to be activated again.
      </Text>
    </Flex>
  );
}
