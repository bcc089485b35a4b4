import { Button, Flex, Heading, Spinner, Text } from '@radix-ui/themes';
import { PlusIcon } from '@radix-ui/react-icons';
import { useState } from 'react';
import type { VmSummary } from '../../../shared/model/index.js';
import { useOnline } from '../../store/link.js';
import { qemuAlive } from '../../lib/vm-state.js';
import { addConsoleDevice, type MissingDevice } from './console-actions.js';
import styles from './console.module.css';

const TEXT: Record<MissingDevice, { title: string; body: string; button: string; added: string }> = {
  serial: {
    title: 'No serial port',
    body: 'This VM has no serial port: add one in its settings (Serial ports), or here in one click.',
    button: 'Add a serial port',
    added: 'Serial port added. The VM gets it at its next boot: shut it down and start it again.',
  },
  display: {
    title: 'No display',
    body: 'This VM has no display: add one in Display (VNC), or here in one click. It applies at the next boot.',
    button: 'Add a display (VNC)',
    added: 'Display added. The VM gets it at its next boot: shut it down and start it again.',
  },
};

/**
 * The console the VM does not have, with the one-click fix. A running VM gets the new device only at
 * its next boot, which the card then says instead of offering the button again.
 */
export function ConsoleUnavailable({ vm, device, reason }: { vm: VmSummary; device: MissingDevice; reason?: string }) {
  const online = useOnline();
  const [saving, setSaving] = useState(false);
  const t = TEXT[device];
  const config = vm.config;
  const added = !!config && (device === 'serial' ? config.serialPorts > 0 : config.display !== 'none');
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
        {t.title}
      </Heading>
      <Text as="p" size="2" color="gray" align="center">
        {waiting ? t.added : (reason ?? t.body)}
      </Text>
      {!added ? (
        <Button onClick={() => void add()} disabled={saving || !online || !config}>
          {saving ? <Spinner size="1" /> : <PlusIcon />} {t.button}
        </Button>
      ) : null}
    </Flex>
  );
}
