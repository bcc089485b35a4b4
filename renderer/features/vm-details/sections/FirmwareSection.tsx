import { Callout, Flex, RadioCards, Text } from '@radix-ui/themes';
import { ExclamationTriangleIcon } from '@radix-ui/react-icons';
import { useTranslation } from 'react-i18next';
import type { VmConfig } from '../../../../shared/model/index.js';
import { useCapabilities } from '../../../store/useCapabilities.js';
import type { Editor } from '../editor.js';
import formStyles from '../../../forms/forms.module.css';

/** The firmware's name, the same in every language. */
const FIRMWARE: Record<VmConfig['firmware'], string> = { bios: 'BIOS', uefi: 'UEFI' };

export function FirmwareSection({ ed }: { ed: Editor }) {
  const { t } = useTranslation('details');
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
        aria-label={t('firmware.label')}
      >
        <RadioCards.Item value="bios" className={formStyles.choiceCard}>
          <Flex direction="column" gap="1" width="100%">
            <Text size="2" weight="bold">
              BIOS
            </Text>
            <Text size="1" color="gray">
              {t('firmware.bios')}
            </Text>
          </Flex>
        </RadioCards.Item>
        <RadioCards.Item value="uefi" className={formStyles.choiceCard} disabled={caps !== null && !uefi && draft.firmware !== 'uefi'}>
          <Flex direction="column" gap="1" width="100%">
            <Text size="2" weight="bold">
              UEFI
            </Text>
            <Text size="1" color="gray">
              {caps && !uefi ? t('firmware.noOvmf') : t('firmware.uefi')}
            </Text>
          </Flex>
        </RadioCards.Item>
      </RadioCards.Root>
      {draft.firmware !== config.firmware ? (
        <Callout.Root color="amber" size="1">
          <Callout.Icon>
            <ExclamationTriangleIcon />
          </Callout.Icon>
          <Callout.Text>{t('firmware.change', { from: FIRMWARE[config.firmware], to: FIRMWARE[draft.firmware] })}</Callout.Text>
        </Callout.Root>
      ) : null}
    </Flex>
  );
}
