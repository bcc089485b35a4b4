import { Button, Flex, Separator, Tooltip } from '@radix-ui/themes';
import {
  DesktopIcon,
  LightningBoltIcon,
  PauseIcon,
  PlayIcon,
  PlusIcon,
  ResetIcon,
  ResumeIcon,
  StopIcon,
  TrashIcon,
} from '@radix-ui/react-icons';
import type { ReactNode } from 'react';
import { forceOffVm, shutdownVm, startVm } from '../../store/actions.js';
import { setCreateOpen, toggleHostPane, useUi } from '../../store/ui.js';
import { useSelectedVm, useVms } from '../../store/vms.js';
import { useOnline } from '../../store/link.js';
import { SHORTCUTS, type ShortcutId } from '../../lib/shortcuts.js';
import {
  canDelete,
  canForceOff,
  canOpenConsole,
  canPause,
  canReset,
  canResume,
  canShutdown,
  canStart,
} from '../../lib/vm-state.js';
import { ShortcutHelp } from '../../shell/ShortcutHelp.js';
import { ChipIcon } from '../host/ChipIcon.js';
import { askDelete, askReset, openConsole, togglePause } from './vm-commands.js';

/** Keys that work only with a list row focused say so, or the tooltip would promise too much. */
const KEYS_HINT: Partial<Record<ShortcutId, string>> = {
  console: 'Enter or double-click in the list',
  delete: 'Delete in the list',
};

interface ToolProps {
  label: string;
  hint: string;
  /** Pause and Reset have no key: Ctrl+Shift+P/R belong to the browser and to Electron's reload. */
  shortcut?: ShortcutId;
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
      aria-keyshortcuts={(shortcut && SHORTCUTS[shortcut].aria) || undefined}
      onClick={onClick}
    >
      {icon}
      {label}
    </Button>
  );
  // A disabled button gets no pointer events, so its tooltip would never show anyway.
  if (disabled) return button;
  return <Tooltip content={shortcut ? `${hint} (${KEYS_HINT[shortcut] ?? SHORTCUTS[shortcut].keys})` : hint}>{button}</Tooltip>;
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
        {canResume(vm) ? (
          <Tool
            label="Resume"
            hint="Let the paused guest carry on where it stopped"
            icon={<ResumeIcon />}
            disabled={busy}
            onClick={() => vm && togglePause(vm)}
          />
        ) : (
          <Tool
            label="Pause"
            hint="Freeze the guest; Resume carries on where it was"
            icon={<PauseIcon />}
            disabled={busy || !canPause(vm)}
            onClick={() => vm && togglePause(vm)}
          />
        )}
        <Tool
          label="Reset…"
          hint="Restart the guest at once, like a reset button"
          icon={<ResetIcon />}
          disabled={busy || !canReset(vm)}
          onClick={() => vm && askReset(vm)}
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
        <Separator orientation="vertical" size="1" />
        <Tool
          label="Delete…"
          hint="Delete the selected VM, choosing which disks go with it"
          shortcut="delete"
          icon={<TrashIcon />}
          color="red"
          disabled={busy || !canDelete(vm)}
          onClick={() => vm && askDelete(vm)}
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
