import { Button, Callout, Flex, Heading, Spinner, Tabs, Text } from '@radix-ui/themes';
import { CrossCircledIcon } from '@radix-ui/react-icons';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { loadCapabilities, useHost } from '../../store/host.js';
import { CpuModels } from './CpuModels.js';
import { DeviceGroups } from './DeviceGroups.js';
import { FirmwareTable } from './FirmwareTable.js';
import { MachineTypes } from './MachineTypes.js';
import { machineRows } from './capabilities-view.js';
import { cx } from '../../lib/cx.js';
import styles from './host.module.css';

function Count({ n }: { n: number }) {
  return (
    <Text color="gray" size="1" className={styles.tabCount}>
      {n}
    </Text>
  );
}

/** What this QEMU offers, read from its own help output; reference for choosing a VM's hardware. */
export function CapabilitiesTabs() {
  const { t } = useTranslation(['host', 'common']);
  const caps = useHost((s) => s.caps);
  const error = useHost((s) => s.capsError);
  const loading = useHost((s) => s.capsLoading);
  useEffect(() => void loadCapabilities(), []);

  return (
    <section aria-labelledby="host-caps-title">
      <Flex align="baseline" gap="3" wrap="wrap" mb="2">
        <Heading as="h3" size="3" id="host-caps-title">
          {t('capabilities.title')}
        </Heading>
        {caps ? (
          <Text size="1" color="gray">
            {t('capabilities.summary', {
              binary: caps.binary,
              version: caps.version,
              list: caps.accelerators.join(', ') || t('capabilities.none'),
            })}
          </Text>
        ) : null}
      </Flex>
      {error ? (
        <Flex direction="column" gap="2" align="start">
          <Callout.Root color="red" size="1" role="alert">
            <Callout.Icon>
              <CrossCircledIcon />
            </Callout.Icon>
            <Callout.Text>{t('capabilities.error', { error })}</Callout.Text>
          </Callout.Root>
          <Button size="1" variant="soft" onClick={() => void loadCapabilities()}>
            {t('common:action.retry')}
          </Button>
        </Flex>
      ) : !caps ? (
        <Flex align="center" gap="2" py="3">
          <Spinner />
          <Text size="2" color="gray">
            {loading ? t('capabilities.asking') : t('capabilities.waiting')}
          </Text>
        </Flex>
      ) : (
        <Tabs.Root defaultValue="machines">
          <Tabs.List size="2">
            <Tabs.Trigger value="machines">
              {t('capabilities.tabs.machines')} <Count n={machineRows(caps.machines).length} />
            </Tabs.Trigger>
            <Tabs.Trigger value="cpus">
              {t('capabilities.tabs.cpus')} <Count n={caps.cpus.length} />
            </Tabs.Trigger>
            <Tabs.Trigger value="devices">
              {t('capabilities.tabs.devices')} <Count n={caps.devices.length} />
            </Tabs.Trigger>
            <Tabs.Trigger value="firmware">
              {t('capabilities.tabs.firmware')} <Count n={caps.firmware.length} />
            </Tabs.Trigger>
          </Tabs.List>
          <Tabs.Content value="machines" className={cx(styles.capsPanel, styles.capsScroll)}>
            <MachineTypes machines={caps.machines} />
          </Tabs.Content>
          <Tabs.Content value="cpus" className={styles.capsPanel}>
            <CpuModels cpus={caps.cpus} />
          </Tabs.Content>
          <Tabs.Content value="devices" className={styles.capsPanel}>
            <DeviceGroups devices={caps.devices} />
          </Tabs.Content>
          <Tabs.Content value="firmware" className={cx(styles.capsPanel, styles.capsScroll)}>
            <FirmwareTable firmware={caps.firmware} />
          </Tabs.Content>
        </Tabs.Root>
      )}
    </section>
  );
}
