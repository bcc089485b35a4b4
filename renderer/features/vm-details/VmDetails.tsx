import { Flex, Heading, Tabs, Text } from '@radix-ui/themes';
import { CursorArrowIcon } from '@radix-ui/react-icons';
import { showTab, useUi, type DetailsTab } from '../../store/ui.js';
import { useSelectedVm, useVms } from '../../store/vms.js';
import { canOpenConsole } from '../../lib/vm-state.js';
import { StateBadge } from '../vm-list/StateBadge.js';
import { SerialConsole } from '../console/SerialConsole.js';
import { OverviewTab } from './OverviewTab.js';
import { ShutdownCountdown } from './ShutdownCountdown.js';
import { VmWarning } from './VmWarning.js';

export function VmDetails() {
  const vm = useSelectedVm();
  const chosenTab = useUi((s) => s.tab);
  const anyVm = useVms((s) => Object.keys(s.vms).length > 0);

  if (!vm && !anyVm) return null;
  if (!vm) {
    return (
      <Flex direction="column" align="center" justify="center" gap="2" className="no-selection">
        <CursorArrowIcon width="28" height="28" aria-hidden />
        <Text size="2" color="gray">
          Select a virtual machine to see its details and console.
        </Text>
      </Flex>
    );
  }

  const consoleOk = canOpenConsole(vm);
  const tab: DetailsTab = chosenTab === 'console' && !consoleOk ? 'overview' : chosenTab;

  return (
    <Flex direction="column" className="details">
      <Flex align="center" gap="3" px="4" pt="3" pb="1" className="details-header">
        <Heading as="h2" size="4" truncate>
          {vm.name}
        </Heading>
        <StateBadge state={vm.status.state} />
        {vm.status.state === 'shutting-down' ? (
          <ShutdownCountdown forceOffAt={vm.status.forceOffAt} />
        ) : null}
      </Flex>
      <VmWarning vm={vm} />
      <Tabs.Root
        value={tab}
        onValueChange={(v) => showTab(v as DetailsTab)}
        className="details-tabs"
      >
        <Tabs.List size="2" className="details-tablist">
          <Tabs.Trigger value="overview">Overview</Tabs.Trigger>
          <Tabs.Trigger value="console" disabled={!consoleOk}>
            Console
          </Tabs.Trigger>
        </Tabs.List>
        <Tabs.Content value="overview" className="tab-panel">
          {/* A plain scroller: Radix ScrollArea lets wide log lines stretch the whole pane. */}
          <div className="tab-scroll">
            <OverviewTab vm={vm} />
          </div>
        </Tabs.Content>
        <Tabs.Content value="console" className="tab-panel">
          {/* Keyed by VM: a console belongs to one VM, switching VMs starts afresh. */}
          <SerialConsole key={vm.id} vm={vm} />
        </Tabs.Content>
      </Tabs.Root>
    </Flex>
  );
}
