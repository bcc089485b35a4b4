import { Button, Flex, Heading, Spinner, Text } from '@radix-ui/themes';
import { PlusIcon } from '@radix-ui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VmSummary } from '../../../shared/model/index.js';
import { useOnline } from '../../store/link.js';
import { qemuAlive } from '../../lib/vm-state.js';
import { addConsoleDevice, type MissingDevice } from './console-actions.js';
import styles from './console.module.css';

/**
 * The console the VM does not have, with the one-click fix. A running VM gets the new device only at
 * its next boot, which the card then says instead of offering the button again.
 */
export function ConsoleUnavailable({ vm, device, reason }: { vm: VmSummary; device: MissingDevice; reason?: string }) {
  const { t } = useTranslation('console');
  const online = useOnline();
  const [saving, setSaving] = useState(false);
  const config = vm.config;
  const added =
    !!config &&
    (device === 'serial' ? config.serialPorts > 0 : device === 'virtio' ? config.consoleDevice === 'virtio' : config.display !== 'none');
  const waiting = added && qemuAlive(vm);

  async function add() {
    setSaving(true);
    try {
      await addConsoleDevice(vm, device);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Flex direction="column" align="center" gap="3" className={styles.card}>
      <Heading as="h3" size="3">
        {t(`unavailable.${device}.title`)}
      </Heading>
      <Text as="p" size="2" color="gray" align="center">
        {waiting ? t(`unavailable.${device}.added`) : (reason ?? t(`unavailable.${device}.body`))}
      </Text>
      {!added ? (
        <Button onClick={() => void add()} disabled={saving || !online || !config}>
          {saving ? <Spinner size="1" /> : <PlusIcon />} {t(`unavailable.${device}.button`)}
        </Button>
      ) : null}
    </Flex>
  );
}
