import { Callout, Flex, RadioCards, Text } from '@radix-ui/themes';
import { ExclamationTriangleIcon } from '@radix-ui/react-icons';
import type { VmConfig } from '../../../../shared/model/index.js';
import { useCapabilities } from '../../../store/useCapabilities.js';
import type { Editor } from '../editor.js';
import formStyles from '../../../forms/forms.module.css';

export function FirmwareSection({ ed }: { ed: Editor }) {
  const { draft, set, config } = ed;
  const caps = useCapabilities();
  const uefi = caps?.firmware.find((f) => f.kind === 'uefi' && f.varsTemplate);
  return (
    <Flex direction="column" gap="3">
      <RadioCards.Root
        columns="2"
        gap="2"
        size="1"
        value={draft.firmware}
        onValueChange={(v) => set({ firmware: v as VmConfig['firmware'] })}
        aria-label="Firmware"
      >
        <RadioCards.Item value="bios" className={formStyles.choiceCard}>
          <Flex direction="column" gap="1" width="100%">
            <Text size="2" weight="bold">
              BIOS
            </Text>
            <Text size="1" color="gray">
              SeaBIOS, built into QEMU. Boots MBR disks and every older OS.
            </Text>
          </Flex>
        </RadioCards.Item>
        <RadioCards.Item value="uefi" className={formStyles.choiceCard} disabled={caps !== null && !uefi && draft.firmware !== 'uefi'}>
          <Flex direction="column" gap="1" width="100%">
            <Text size="2" weight="bold">
              UEFI
            </Text>
            <Text size="1" color="gray">
              {caps && !uefi
                ? 'OVMF is not installed: apt-get install ovmf.'
                : 'OVMF, with this VM’s own variable store. Needed by Windows 11.'}
            </Text>
          </Flex>
        </RadioCards.Item>
      </RadioCards.Root>
      {draft.firmware !== config.firmware ? (
        <Callout.Root color="amber" size="1">
          <Callout.Icon>
            <ExclamationTriangleIcon />
          </Callout.Icon>
          <Callout.Text>
            An OS installed under {config.firmware === 'uefi' ? 'UEFI' : 'BIOS'} usually does not boot under{' '}
            {draft.firmware === 'uefi' ? 'UEFI' : 'BIOS'}: change this before installing.
          </Callout.Text>
        </Callout.Root>
      ) : null}
    </Flex>
  );
}
