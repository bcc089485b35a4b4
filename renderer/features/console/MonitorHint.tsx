import { Flex, Text, Tooltip } from '@radix-ui/themes';
import { useEffect, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { VmSummary } from '../../../shared/model/index.js';
import type { MonitorDrive } from '../../../shared/schemas/power-methods.js';
import { monitorDrives } from './console-actions.js';
import { monitorCommands } from './monitor-commands.js';
import styles from './console.module.css';

/**
 * One line under the monitor's bar: what to type, for people who have never used QEMU's monitor, each
 * command with what it does on hover. The CD-ROM commands name the running VM's own drive, asked from
 * QEMU once the monitor is connected. The commands stay as they are typed, in every language.
 */
export function MonitorHint({ vm, live, onType }: { vm: VmSummary; live: boolean; onType: (text: string) => void }) {
  const { t } = useTranslation('console');
  const drives = useMonitorDrives(vm.id, live ? vm.status.since : null);
  return (
    <Flex align="center" gap="2" px="3" className={styles.hint} wrap="nowrap">
      <Text size="1" color="gray" className={styles.hintLabel}>
        {t('monitor.try')}
      </Text>
      <Flex gap="1" className={styles.hintList} asChild>
        <ul aria-label={t('monitor.list')}>
          {monitorCommands(drives).map((c) => (
            <li key={c.text}>
              <Tooltip content={t(`monitor.explain.${c.explain}`, { drive: c.drive ?? '' })}>
                <button
                  type="button"
                  className={styles.hintCommand}
                  aria-label={t('monitor.type', { command: c.text })}
                  onClick={() => onType(c.typed)}
                >
                  {c.text}
                </button>
              </Tooltip>
            </li>
          ))}
          <li>
            <Text size="1" color="gray">
              {'· '}
              <Trans t={t} i18nKey="monitor.help" components={{ code: <code /> }} />
            </Text>
          </li>
        </ul>
      </Flex>
    </Flex>
  );
}

/** The drives of this run of the VM (`run`: when it started; null while it is not running). */
function useMonitorDrives(vmId: string, run: number | null): MonitorDrive[] | null {
  const [drives, setDrives] = useState<MonitorDrive[] | null>(null);
  useEffect(() => {
    setDrives(null);
    if (run === null) return;
    let stale = false;
    void monitorDrives(vmId).then((d) => !stale && setDrives(d));
    return () => {
      stale = true;
    };
  }, [vmId, run]);
  return drives;
}
