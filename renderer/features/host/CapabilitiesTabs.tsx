import { Button, Callout, Flex, Heading, Spinner, Tabs, Text } from '@radix-ui/themes';
import { CrossCircledIcon } from '@radix-ui/react-icons';
import { useEffect } from 'react';
import { loadCapabilities, useHost } from '../../store/host.js';
import { CpuModels } from './CpuModels.js';
import { DeviceGroups } from './DeviceGroups.js';
import { FirmwareTable } from './FirmwareTable.js';
import { MachineTypes } from './MachineTypes.js';
import { machineRows } from './capabilities-view.js';

function Count({ n }: { n: number }) {
  return (
    <Text color="gray" size="1" className="tab-count">
      {n}
    </Text>
  );
}

/** What this QEMU offers, read from its own help output; reference for choosing a VM's hardware. */
export function CapabilitiesTabs() {
  const caps = useHost((s) => s.caps);
  const error = useHost((s) => s.capsError);
  const loading = useHost((s) => s.capsLoading);
  useEffect(() => void loadCapabilities(), []);

  return (
    <section aria-labelledby="host-caps-title" className="host-section">
      <Flex align="baseline" gap="3" wrap="wrap" mb="2">
        <Heading as="h3" size="3" id="host-caps-title">
          QEMU capabilities
        </Heading>
        {caps ? (
          <Text size="1" color="gray">
            {caps.binary} {caps.version} · accelerators: {caps.accelerators.join(', ') || 'none'}
          </Text>
        ) : null}
      </Flex>
      {error ? (
        <Flex direction="column" gap="2" align="start">
          <Callout.Root color="red" size="1" role="alert">
            <Callout.Icon>
              <CrossCircledIcon />
            </Callout.Icon>
            <Callout.Text>Could not read QEMU’s capabilities: {error}</Callout.Text>
          </Callout.Root>
          <Button size="1" variant="soft" onClick={() => void loadCapabilities()}>
            Try again
          </Button>
        </Flex>
      ) : !caps ? (
        <Flex align="center" gap="2" py="3">
          <Spinner />
          <Text size="2" color="gray">
            {loading ? 'Asking QEMU what it offers…' : 'Waiting for the engine…'}
          </Text>
        </Flex>
      ) : (
        <Tabs.Root defaultValue="machines" className="caps-tabs">
          <Tabs.List size="2">
            <Tabs.Trigger value="machines">
              Machine types <Count n={machineRows(caps.machines).length} />
            </Tabs.Trigger>
            <Tabs.Trigger value="cpus">
              CPU models <Count n={caps.cpus.length} />
            </Tabs.Trigger>
            <Tabs.Trigger value="devices">
              Devices <Count n={caps.devices.length} />
            </Tabs.Trigger>
            <Tabs.Trigger value="firmware">
              Firmware <Count n={caps.firmware.length} />
            </Tabs.Trigger>
          </Tabs.List>
          <Tabs.Content value="machines" className="caps-panel caps-scroll">
            <MachineTypes machines={caps.machines} />
          </Tabs.Content>
          <Tabs.Content value="cpus" className="caps-panel">
            <CpuModels cpus={caps.cpus} />
          </Tabs.Content>
          <Tabs.Content value="devices" className="caps-panel">
            <DeviceGroups devices={caps.devices} />
          </Tabs.Content>
          <Tabs.Content value="firmware" className="caps-panel caps-scroll">
            <FirmwareTable firmware={caps.firmware} />
          </Tabs.Content>
        </Tabs.Root>
      )}
    </section>
  );
}
