import { Button, Flex, Separator, Tooltip } from '@radix-ui/themes';
import { DesktopIcon, LightningBoltIcon, PlayIcon, PlusIcon, StopIcon } from '@radix-ui/react-icons';
import type { ReactNode } from 'react';
import { forceOffVm, shutdownVm, startVm } from '../../store/actions.js';
import { setCreateOpen, toggleHostPane, useUi } from '../../store/ui.js';
import { useSelectedVm, useVms } from '../../store/vms.js';
import { useOnline } from '../../store/link.js';
import { SHORTCUTS, type ShortcutId } from '../../lib/shortcuts.js';
import { canForceOff, canOpenConsole, canShutdown, canStart } from '../../lib/vm-state.js';
import { ShortcutHelp } from '../../shell/ShortcutHelp.js';
import { ChipIcon } from '../host/ChipIcon.js';
import { openConsole } from './vm-commands.js';

interface ToolProps {
  label: string;
  hint: string;
  shortcut: ShortcutId;
  icon: ReactNode;
  disabled?: boolean;
  color?: 'red';
  /** For a toggle (the Host page): announced as pressed and drawn as selected. */
  pressed?: boolean;
  onClick: () => void;
}

function Tool({ label, hint, shortcut, icon, disabled, color, pressed, onClick }: ToolProps) {
  const button = (
    <Button
      variant={pressed ? 'soft' : 'ghost'}
      color={color ?? 'gray'}
      highContrast={!color}
      size="2"
      className="tool-button"
      disabled={disabled}
      aria-pressed={pressed}
      aria-keyshortcuts={SHORTCUTS[shortcut].aria || undefined}
      onClick={onClick}
    >
      {icon}
      {label}
    </Button>
  );
  // A disabled button gets no pointer events, so its tooltip would never show anyway.
  if (disabled) return button;
  const keys = shortcut === 'console' ? 'Enter or double-click in the list' : SHORTCUTS[shortcut].keys;
  return <Tooltip content={`${hint} (${keys})`}>{button}</Tooltip>;
}

export function VmToolbar() {
  const vm = useSelectedVm();
  const online = useOnline();
  const busy = useVms((s) => (vm ? !!s.busy[vm.id] : false)) || !online;
  const hostShown = useUi((s) => s.pane === 'host');
  return (
    <Flex asChild align="center" gap="4" px="4" className="toolbar">
      <header role="toolbar" aria-label="Virtual machine actions">
        <Tool
          label="New VM"
          hint="Create a virtual machine"
          shortcut="newVm"
          icon={<PlusIcon />}
          disabled={!online}
          onClick={() => setCreateOpen(true)}
        />
        <Separator orientation="vertical" size="1" />
        <Tool
          label="Start"
          hint="Power on the selected VM"
          shortcut="start"
          icon={<PlayIcon />}
          disabled={busy || !canStart(vm)}
          onClick={() => vm && void startVm(vm.id)}
        />
        <Tool
          label="Shut down"
          hint="Press the ACPI power button; forced off if the guest ignores it"
          shortcut="shutdown"
          icon={<StopIcon />}
          disabled={busy || !canShutdown(vm)}
          onClick={() => vm && void shutdownVm(vm.id)}
        />
        <Tool
          label="Force off"
          hint="Pull the plug: unsaved data in the guest is lost"
          shortcut="forceOff"
          icon={<LightningBoltIcon />}
          color="red"
          disabled={busy || !canForceOff(vm)}
          onClick={() => vm && void forceOffVm(vm.id)}
        />
        <Separator orientation="vertical" size="1" />
        <Tool
          label="Console"
          hint="Open the serial console"
          shortcut="console"
          icon={<DesktopIcon />}
          disabled={!canOpenConsole(vm)}
          onClick={() => vm && openConsole(vm)}
        />
        <div className="toolbar-spacer" />
        <Tool
          label="Host"
          hint={hostShown ? 'Back to the selected VM' : 'Can this host run VMs? KVM, QEMU and its capabilities'}
          shortcut="host"
          icon={<ChipIcon />}
          pressed={hostShown}
          onClick={toggleHostPane}
        />
        <ShortcutHelp />
      </header>
    </Flex>
  );
}
