import {
  BlendingModeIcon,
  CodeIcon,
  CubeIcon,
  DesktopIcon,
  DiscIcon,
  GlobeIcon,
  InfoCircledIcon,
  ColumnsIcon,
  MixerHorizontalIcon,
  RocketIcon,
  StackIcon,
  TokensIcon,
} from '@radix-ui/react-icons';
import type { ComponentType, ReactNode } from 'react';
import { ChipIcon } from '../../host/ChipIcon.js';
import type { SectionId } from '../hardware-sections.js';
import type { Editor } from '../editor.js';
import { BootSection } from './BootSection.js';
import { CdromsSection } from './CdromsSection.js';
import { CpuSection } from './CpuSection.js';
import { DisksSection } from './DisksSection.js';
import { FirmwareSection } from './FirmwareSection.js';
import { MachineSection } from './MachineSection.js';
import { MemorySection } from './MemorySection.js';
import { NicsSection } from './NicsSection.js';
import { OverviewSection } from './OverviewSection.js';
import { BalloonSection, DisplaySection, ExtraArgsSection, SerialSection } from './SimpleSections.js';

interface SectionView {
  icon: ComponentType<{ className?: string; 'aria-hidden'?: boolean }>;
  /** What the setting is, and the QEMU option it becomes. */
  intro: ReactNode;
  View: ComponentType<{ ed: Editor }>;
}

export const SECTION_VIEWS: Record<SectionId, SectionView> = {
  overview: { icon: InfoCircledIcon, intro: 'The VM’s name and notes, and what it is doing now.', View: OverviewSection },
  cpus: { icon: ChipIcon, intro: 'Virtual CPUs (-smp), the CPU model the guest sees (-cpu) and how it is run (-accel).', View: CpuSection },
  memory: {
    icon: ColumnsIcon,
    intro: 'The RAM the VM has (-m). With the memory balloon the guest can be left less of it while it runs.',
    View: MemorySection,
  },
  machine: { icon: CubeIcon, intro: 'The emulated chipset and board (-machine).', View: MachineSection },
  firmware: { icon: TokensIcon, intro: 'What runs before the operating system and finds something to boot.', View: FirmwareSection },
  boot: { icon: RocketIcon, intro: 'Which devices the firmware tries, in order, or a kernel QEMU loads itself.', View: BootSection },
  disks: {
    icon: StackIcon,
    intro: 'Hard disks (-drive with -device): the bus the guest sees and how the host caches writes.',
    View: DisksSection,
  },
  cdroms: { icon: DiscIcon, intro: 'CD/DVD drives and the ISO image in each.', View: CdromsSection },
  nics: { icon: GlobeIcon, intro: 'Network cards (-netdev with -device) and the network each one is on.', View: NicsSection },
  serial: { icon: CodeIcon, intro: 'Serial ports (-serial): text consoles, the first one shown in the Console tab.', View: SerialSection },
  display: { icon: DesktopIcon, intro: 'A graphics card and screen, or none.', View: DisplaySection },
  balloon: {
    icon: BlendingModeIcon,
    intro: 'virtio-balloon lets the host take memory back from a running guest (see Memory → Current memory).',
    View: BalloonSection,
  },
  extra: { icon: MixerHorizontalIcon, intro: 'Arguments appended, as they are, last on the QEMU command line.', View: ExtraArgsSection },
};
