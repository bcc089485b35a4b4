import { Flex, Heading, IconButton, Spinner, Text, Tooltip } from '@radix-ui/themes';
import { Cross2Icon } from '@radix-ui/react-icons';
import { useEffect } from 'react';
import { loadSettings, useHost } from '../../store/host.js';
import { showPane } from '../../store/ui.js';
import { useVms } from '../../store/vms.js';
import { formatMiB } from '../../lib/format.js';
import { CapabilitiesTabs } from './CapabilitiesTabs.js';
import { ChipIcon } from './ChipIcon.js';
import { HostChecks } from './HostChecks.js';
import { OverallVerdict } from './OverallVerdict.js';
import { SettingsForm } from './SettingsForm.js';
import paneStyles from '../../theme/pane.module.css';
import styles from './host.module.css';

/**
 * The host, like virt-manager's connection details: the verdict first, then each check with its fix,
 * the settings that depend on it, and what QEMU offers. It takes the details pane's place.
 */
export function HostPage() {
  const host = useVms((s) => s.host);
  const haveSettings = useHost((s) => s.settings !== null);
  useEffect(() => {
    if (!haveSettings) void loadSettings();
  }, [haveSettings]);

  const facts = host
    ? [host.cpu.model, host.arch, `${host.cpuThreads} threads`, formatMiB(host.memTotalMiB)].filter(Boolean).join(' · ')
    : null;

  return (
    <Flex direction="column" className={paneStyles.page}>
      <Flex align="center" gap="3" px="4" py="3" className={paneStyles.header}>
        <ChipIcon width="20" height="20" className={paneStyles.headerIcon} />
        <Heading as="h2" size="4">
          Host
        </Heading>
        {facts ? (
          <Text size="1" color="gray" truncate title={facts} className={paneStyles.facts}>
            {facts}
          </Text>
        ) : null}
        <div className="toolbar-spacer" />
        <Tooltip content="Back to the selected VM (Ctrl+H)">
          <IconButton variant="ghost" color="gray" aria-label="Close the host page" onClick={() => showPane('vm')}>
            <Cross2Icon />
          </IconButton>
        </Tooltip>
      </Flex>
      <div className={paneStyles.scroll}>
        {host ? (
          <Flex direction="column" gap="5" className={styles.hostContent}>
            <OverallVerdict overall={host.overall} />
            <HostChecks host={host} />
            <section aria-labelledby="host-settings-title">
              <Heading as="h3" size="3" id="host-settings-title" mb="2">
                Settings
              </Heading>
              <SettingsForm />
            </section>
            <CapabilitiesTabs />
          </Flex>
        ) : (
          <Flex align="center" justify="center" gap="2" py="8">
            <Spinner />
            <Text size="2" color="gray">
              Checking the host… The first check runs a KVM self-test and takes a few seconds.
            </Text>
          </Flex>
        )}
      </div>
    </Flex>
  );
}
