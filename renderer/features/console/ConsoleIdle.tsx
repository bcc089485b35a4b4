import { Button, Flex, Heading, Spinner, Text } from '@radix-ui/themes';
import { PlayIcon } from '@radix-ui/react-icons';
import type { VmSummary } from '../../../shared/model/index.js';
import { startVm } from '../../store/actions.js';
import { useVms } from '../../store/vms.js';
import { canStart } from '../../lib/vm-state.js';

/** Shown over the (dimmed) terminal while QEMU is not running, so the last output stays readable. */
export function ConsoleIdle({ vm }: { vm: VmSummary }) {
  const busy = useVms((s) => !!s.busy[vm.id]);
  const state = vm.status.state;
  if (state === 'starting') {
    return (
      <Flex direction="column" align="center" gap="3" className="console-idle-card">
        <Spinner size="3" />
        <Text size="2">The VM is starting…</Text>
      </Flex>
    );
  }
  return (
    <Flex direction="column" align="center" gap="3" className="console-idle-card">
      <Heading as="h3" size="3">
        {state === 'crashed' ? 'The VM crashed' : 'The VM is stopped'}
      </Heading>
      <Text as="p" size="2" color="gray" align="center">
        {state === 'crashed'
          ? 'The error and QEMU’s last log lines are on the Overview tab. Power it on again to retry.'
          : 'Power it on to see its serial console here.'}
      </Text>
      {/* "Power on", not "Start": the toolbar's Start must stay the only button with that name. */}
      {canStart(vm) ? (
        <Button onClick={() => void startVm(vm.id)} disabled={busy}>
          <PlayIcon /> Power on
        </Button>
      ) : null}
    </Flex>
  );
}
