import { Flex, Heading } from '@radix-ui/themes';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { loadSettings, useHost } from '../../store/host.js';
import { useVms } from '../../store/vms.js';
import { formatMiB } from '../../lib/format.js';
import { PaneHeader, PaneLoading } from '../../shell/PaneHeader.js';
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
  const { t } = useTranslation('host');
  const host = useVms((s) => s.host);
  const haveSettings = useHost((s) => s.settings !== null);
  useEffect(() => {
    if (!haveSettings) void loadSettings();
  }, [haveSettings]);

  const facts = host
    ? [host.cpu.model, host.arch, t('page.threads', { count: host.cpuThreads }), formatMiB(host.memTotalMiB)].filter(Boolean).join(' · ')
    : null;

  return (
    <Flex direction="column" className={paneStyles.page}>
      <PaneHeader icon={ChipIcon} title={t('page.title')} facts={facts} close={{ label: t('page.close'), tip: t('page.closeTip') }} />
      <div className={paneStyles.scroll}>
        {host ? (
          <Flex direction="column" gap="5" className={styles.hostContent}>
            <OverallVerdict overall={host.overall} />
            <HostChecks host={host} />
            <section aria-labelledby="host-settings-title">
              <Heading as="h3" size="3" id="host-settings-title" mb="2">
                {t('page.settings')}
              </Heading>
              <SettingsForm />
            </section>
            <CapabilitiesTabs />
          </Flex>
        ) : (
          <PaneLoading text={t('page.loading')} />
        )}
      </div>
    </Flex>
  );
}
