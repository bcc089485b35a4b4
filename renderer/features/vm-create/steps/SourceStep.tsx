import { Flex, RadioCards, Text } from '@radix-ui/themes';
import { CodeIcon, DiscIcon, GlobeIcon, StackIcon } from '@radix-ui/react-icons';
import type { ReactNode } from 'react';
import type { ImageDetails } from '../../../../shared/api.js';
import { withSourceKind, type SourceKind } from '../wizard-values.js';
import type { WizardForm } from '../useWizardForm.js';
import { IsoFields } from './IsoFields.js';
import { ImportFields } from './ImportFields.js';
import { KernelFields } from './KernelFields.js';
import formStyles from '../../../forms/forms.module.css';

const CHOICES: { kind: SourceKind; title: string; text: string; qemu: string; icon: ReactNode }[] = [
  {
    kind: 'iso',
    title: 'Local install media',
    text: 'An installer ISO, booted from a CD-ROM drive.',
    qemu: '-drive media=cdrom',
    icon: <DiscIcon />,
  },
  {
    kind: 'import',
    title: 'Import a disk image',
    text: 'An installed system: qcow2, raw, vmdk or vdi.',
    qemu: '-drive file=…',
    icon: <StackIcon />,
  },
  {
    kind: 'kernel',
    title: 'Direct kernel boot',
    text: 'QEMU loads a Linux kernel and initrd itself.',
    qemu: '-kernel -initrd -append',
    icon: <CodeIcon />,
  },
  {
    kind: 'pxe',
    title: 'Network boot (PXE)',
    text: 'The network card’s boot ROM asks the network.',
    qemu: '-device …,bootindex=1 (NIC)',
    icon: <GlobeIcon />,
  },
];

/** Step 1: where the guest OS comes from. */
export function SourceStep({ form, image }: { form: WizardForm; image: ImageDetails | null }) {
  const { values, update } = form;
  return (
    <Flex direction="column" gap="4">
      <RadioCards.Root
        columns="2"
        gap="2"
        size="1"
        value={values.sourceKind}
        onValueChange={(kind) => update(withSourceKind(values, kind as SourceKind))}
        aria-label="Install source"
      >
        {CHOICES.map((c) => (
          <RadioCards.Item key={c.kind} value={c.kind} className={formStyles.choiceCard}>
            <Flex gap="3" align="start" width="100%">
              <span className={formStyles.choiceIcon} aria-hidden>
                {c.icon}
              </span>
              <Flex direction="column" gap="1" minWidth="0">
                <Text size="2" weight="bold">
                  {c.title}
                </Text>
                <Text size="1" color="gray">
                  {c.text}
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
          The VM boots from its network card (iPXE in QEMU’s option ROM), which asks a DHCP/TFTP server on the network for a boot image.
          With user networking QEMU itself answers DHCP but serves no boot image, so PXE needs a bridge to a network with a PXE server, or a
          TFTP folder given to QEMU by extra arguments.
        </Text>
      ) : null}
    </Flex>
  );
}
