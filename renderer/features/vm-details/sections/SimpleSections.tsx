// The pages with a single setting each: serial ports, display, balloon and extra arguments.
import { Callout, Flex, RadioCards, SegmentedControl, Switch, Text, TextArea } from '@radix-ui/themes';
import { ExclamationTriangleIcon } from '@radix-ui/react-icons';
import type { VmConfig } from '../../../../shared/model/index.js';
import type { Editor } from '../editor.js';
import { cx } from '../../../lib/cx.js';
import styles from '../editor.module.css';
import formStyles from '../../../forms/forms.module.css';

export function SerialSection({ ed }: { ed: Editor }) {
  const { draft, set } = ed;
  return (
    <Flex direction="column" gap="2">
      <Text size="2" weight="medium" id="hw-serial-label">
        Number of serial ports
      </Text>
      <SegmentedControl.Root
        value={String(draft.serialPorts)}
        onValueChange={(v) => set({ serialPorts: Number(v) })}
        aria-labelledby="hw-serial-label"
        className={styles.serialCount}
      >
        {[0, 1, 2, 3, 4].map((n) => (
          <SegmentedControl.Item key={n} value={String(n)}>
            {n}
          </SegmentedControl.Item>
        ))}
      </SegmentedControl.Root>
      <Text size="1" color={draft.serialPorts === 0 ? 'amber' : 'gray'}>
        {draft.serialPorts === 0
          ? 'No serial port: the Console tab will have nothing to show.'
          : `ttyS0${draft.serialPorts > 1 ? `–ttyS${draft.serialPorts - 1}` : ''} in the guest. ttyS0 is the console VirtDesk shows; the others are sockets in the VM’s runtime folder.`}
      </Text>
    </Flex>
  );
}

export function DisplaySection({ ed }: { ed: Editor }) {
  const { draft, set } = ed;
  return (
    <RadioCards.Root
      columns="2"
      gap="2"
      size="1"
      value={draft.display}
      onValueChange={(v) => set({ display: v as VmConfig['display'] })}
      aria-label="Display"
    >
      <RadioCards.Item value="none" className={formStyles.choiceCard}>
        <Flex direction="column" gap="1" width="100%">
          <Text size="2" weight="bold">
            None
          </Text>
          <Text size="1" color="gray">
            No graphics card (-display none -vga none). Servers and the serial console need nothing more.
          </Text>
        </Flex>
      </RadioCards.Item>
      <RadioCards.Item value="vnc" className={formStyles.choiceCard}>
        <Flex direction="column" gap="1" width="100%">
          <Text size="2" weight="bold">
            VNC
          </Text>
          <Text size="1" color="gray">
            A VGA card whose screen is served over VNC on a unix socket, never a network port.
          </Text>
        </Flex>
      </RadioCards.Item>
    </RadioCards.Root>
  );
}

export function BalloonSection({ ed }: { ed: Editor }) {
  const { draft, set } = ed;
  return (
    <Text as="label" size="2">
      <Flex gap="2" align="center">
        <Switch checked={draft.balloon} onCheckedChange={(balloon) => set({ balloon })} />
        Memory balloon device (-device virtio-balloon-pci)
      </Flex>
    </Text>
  );
}

export function ExtraArgsSection({ ed }: { ed: Editor }) {
  const { draft, set, errors } = ed;
  const error = errors.extraArgs ?? Object.entries(errors).find(([k]) => k.startsWith('extraArgs.'))?.[1];
  return (
    <Flex direction="column" gap="3">
      <Callout.Root color="amber" size="1">
        <Callout.Icon>
          <ExclamationTriangleIcon />
        </Callout.Icon>
        <Callout.Text className={styles.extraArgsHelp}>
          <strong>Expert setting</strong> for QEMU devices and options VirtDesk has no setting for, such as{' '}
          <code>-device virtio-rng-pci</code>, <code>-global</code>, <code>-rtc</code> or <code>-smbios</code>. They go last on the command
          line (“Show command line”). Options VirtDesk manages itself (consoles, display, disks, network, memory, CPUs, machine) and
          anything that opens files or sockets are refused, with the setting to use instead.
        </Callout.Text>
      </Callout.Root>
      <Flex direction="column" gap="1">
        <Text as="label" htmlFor="hw-extra" size="2" weight="medium">
          Arguments, one per line
        </Text>
        <TextArea
          id="hw-extra"
          aria-describedby="hw-extra-msg"
          aria-invalid={error ? true : undefined}
          className={cx(styles.extraArgs, 'mono-input')}
          rows={6}
          resize="vertical"
          spellCheck={false}
          placeholder={'-device\nvirtio-rng-pci'}
          value={draft.extraArgs}
          onChange={(e) => set({ extraArgs: e.target.value })}
        />
        <Text id="hw-extra-msg" size="1" color={error ? 'red' : 'gray'}>
          {error ?? 'Each line is one argument: an option and its value go on two lines. No shell quoting.'}
        </Text>
      </Flex>
    </Flex>
  );
}
