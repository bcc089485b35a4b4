import { Flex, Text } from '@radix-ui/themes';
import { useEffect, useState } from 'react';
import type { VmSummary } from '../../../shared/model/index.js';
import type { MonitorDrive } from '../../../shared/schemas/power-methods.js';
import { monitorDrives } from './console-actions.js';
import { monitorCommands } from './monitor-commands.js';
import styles from './console.module.css';

/**
 * One line under the monitor's bar: what to type, for people who have never used QEMU's monitor. The
 * CD-ROM commands name the running VM's own drive, asked from QEMU once the monitor is connected.
 */
export function MonitorHint({ vm, live, onType }: { vm: VmSummary; live: boolean; onType: (text: string) => void }) {
  const drives = useMonitorDrives(vm.id, live ? vm.status.since : null);
  return (
    <Flex align="center" gap="2" px="3" className={styles.hint} wrap="nowrap">
      <Text size="1" color="gray" className={styles.hintLabel}>
        Try
      </Text>
      <Flex gap="1" className={styles.hintList} asChild>
        <ul aria-label="Monitor commands">
          {monitorCommands(drives).map((c) => (
            <li key={c.text}>
              <button type="button" className={styles.hintCommand} aria-label={`Type ${c.text}`} onClick={() => onType(c.typed)}>
                {c.text}
              </button>
            </li>
          ))}
          <li>
            <Text size="1" color="gray">
              · <code>help</code> lists them all
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
