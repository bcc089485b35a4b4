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
  ChatBubbleIcon,
  RocketIcon,
  Share1Icon,
  StackIcon,
  TokensIcon,
} from '@radix-ui/react-icons';
import type { ComponentType } from 'react';
import { ChipIcon } from '../../host/ChipIcon.js';
import type { SectionId } from '../hardware-sections.js';
import type { Editor } from '../editor.js';
import { AgentSection } from './AgentSection.js';
import { BootSection } from './BootSection.js';
import { CdromsSection } from './CdromsSection.js';
import { CpuSection } from './CpuSection.js';
import { DisksSection } from './DisksSection.js';
import { FirmwareSection } from './FirmwareSection.js';
import { MachineSection } from './MachineSection.js';
import { MemorySection } from './MemorySection.js';
import { NicsSection } from './NicsSection.js';
import { OverviewSection } from './OverviewSection.js';
import { SharesSection } from './SharesSection.js';
import { BalloonSection, DisplaySection, ExtraArgsSection, SerialSection } from './SimpleSections.js';

/** A page's icon and settings; its title and introduction are in the catalog (details:section, intro). */
interface SectionView {
  icon: ComponentType<{ className?: string; 'aria-hidden'?: boolean }>;
  View: ComponentType<{ ed: Editor }>;
}

export const SECTION_VIEWS: Record<SectionId, SectionView> = {
  overview: { icon: InfoCircledIcon, View: OverviewSection },
  cpus: { icon: ChipIcon, View: CpuSection },
  memory: {
    icon: ColumnsIcon,
    View: MemorySection,
  },
  machine: { icon: CubeIcon, View: MachineSection },
  firmware: { icon: TokensIcon, View: FirmwareSection },
  boot: { icon: RocketIcon, View: BootSection },
  disks: {
    icon: StackIcon,
    View: DisksSection,
  },
  cdroms: { icon: DiscIcon, View: CdromsSection },
  nics: { icon: GlobeIcon, View: NicsSection },
  shares: { icon: Share1Icon, View: SharesSection },
  serial: { icon: CodeIcon, View: SerialSection },
  display: { icon: DesktopIcon, View: DisplaySection },
  balloon: {
    icon: BlendingModeIcon,
    View: BalloonSection,
  },
  agent: { icon: ChatBubbleIcon, View: AgentSection },
  extra: { icon: MixerHorizontalIcon, View: ExtraArgsSection },
};
