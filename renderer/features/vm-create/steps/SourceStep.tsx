import { Flex, RadioCards, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import { CodeIcon, DiscIcon, GlobeIcon, StackIcon } from '@radix-ui/react-icons';
import type { ReactNode } from 'react';
import type { ImageDetails } from '../../../../shared/api.js';
import { withSourceKind, type SourceKind } from '../wizard-values.js';
import type { WizardForm } from '../useWizardForm.js';
import { IsoFields } from './IsoFields.js';
import { ImportFields } from './ImportFields.js';
import { KernelFields } from './KernelFields.js';
import formStyles from '../../../forms/forms.module.css';

/** Each source's title and line are wizard:source.<kind>; the QEMU options it becomes read the same in every language. */
const CHOICES: { kind: SourceKind; qemu: string; icon: ReactNode }[] = [
  { kind: 'iso', qemu: '-drive media=cdrom', icon: <DiscIcon /> },
  { kind: 'import', qemu: '-drive file=…', icon: <StackIcon /> },
  { kind: 'kernel', qemu: '-kernel -initrd -append', icon: <CodeIcon /> },
  { kind: 'pxe', qemu: '-device …,bootindex=1 (NIC)', icon: <GlobeIcon /> },
];

/** Step 1: where the guest OS comes from. */
export function SourceStep({ form, image }: { form: WizardForm; image: ImageDetails | null }) {
  const { t } = useTranslation('wizard');
  const { values, update } = form;
  return (
    <Flex direction="column" gap="4">
      <RadioCards.Root
        columns="2"
        gap="2"
        size="1"
        value={values.sourceKind}
        onValueChange={(kind) => update(withSourceKind(values, kind as SourceKind))}
        aria-label={t('source.label')}
      >
        {CHOICES.map((c) => (
          <RadioCards.Item key={c.kind} value={c.kind} className={formStyles.choiceCard}>
            <Flex gap="3" align="start" width="100%">
              <span className={formStyles.choiceIcon} aria-hidden>
                {c.icon}
              </span>
              <Flex direction="column" gap="1" minWidth="0">
                <Text size="2" weight="bold">
                  {t(`source.${c.kind}.title`)}
                </Text>
                <Text size="1" color="gray">
                  {t(`source.${c.kind}.text`)}
                </Text>
                <Text size="1" color="gray" className={formStyles.choiceQemu} aria-hidden>
                  {c.qemu}
                </Text>
              </Flex>
            </Flex>
          </RadioCards.Item>
        ))}
      </RadioCards.Root>

      {values.sourceKind === 'iso' ? <IsoFields form={form} /> : null}
      {values.sourceKind === 'import' ? <ImportFields form={form} image={image} /> : null}
      {values.sourceKind === 'kernel' ? <KernelFields form={form} /> : null}
      {values.sourceKind === 'pxe' ? (
        <Text as="p" size="2" color="gray">
          {t('source.pxeExplained')}
        </Text>
      ) : null}
    </Flex>
  );
}
