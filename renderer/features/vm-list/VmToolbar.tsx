import { Button, Flex, Separator, Tooltip } from '@radix-ui/themes';
import {
  CounterClockwiseClockIcon,
  DesktopIcon,
  DiscIcon,
  LightningBoltIcon,
  PauseIcon,
  PlayIcon,
  PlusIcon,
  ResumeIcon,
  StackIcon,
  StopIcon,
  TrashIcon,
} from '@radix-ui/react-icons';
import type { ReactNode } from 'react';
import { shutdownVm, startVm } from '../../store/actions.js';
import { usePowerPrefs } from '../../store/power-prefs.js';
import { setCreateOpen, toggleDisksPane, toggleHostPane, toggleLibraryPane, useUi } from '../../store/ui.js';
import { useSelectedVm, useVms } from '../../store/vms.js';
import { useOnline } from '../../store/link.js';
import { SHORTCUTS, type ShortcutId } from '../../lib/shortcuts.js';
import { canDelete, canForceOff, canOpenConsole, canPause, canResume, canShutdown, canStart, startLabel } from '../../lib/vm-state.js';
import { ShortcutHelp } from '../../shell/ShortcutHelp.js';
import { LanguageMenu } from '../../i18n/LanguageMenu.js';
import { ChipIcon } from '../host/ChipIcon.js';
import { HINT } from './command-hints.js';
import { PowerMenu } from './PowerMenu.js';
import { StartMenu } from './StartMenu.js';
import { ForceOffConfirmDialog } from './ForceOffConfirmDialog.js';
import { askDelete, askForceOff, openConsole, togglePause } from './vm-commands.js';
import { cx } from '../../lib/cx.js';
import styles from './vm-list.module.css';

/** Keys that work only with a list row focused say so, or the tooltip would promise too much. */
const KEYS_HINT: Partial<Record<ShortcutId, string>> = {
  console: 'Enter or double-click in the list',
  delete: 'Delete in the list',
};

interface ToolProps {
  label: string;
  hint: string;
  /** Pause has no key (Ctrl+Shift+P is the browser's), nor has Reset (Ctrl+Shift+R is reload). */
  shortcut?: ShortcutId;
  icon: ReactNode;
  disabled?: boolean;
  color?: 'red';
  /** For a toggle (the Host page): announced as pressed and drawn as selected. */
  pressed?: boolean;
  /** The main half of a split button: its menu arrow follows right after it. */
  split?: boolean;
  /**
   * Icon only when the window is narrow (vm-list.module.css), named all the same: the page toggles
   * (Library, Disks, Host) from 1180 px down; 'narrow', the secondary verbs (Pause, Console, Delete)
   * from 960 px down, so a small window still shows every button.
   */
  compact?: boolean | 'narrow';
  onClick: () => void;
}

function Tool({ label, hint, shortcut, icon, disabled, color, pressed, split, compact, onClick }: ToolProps) {
  const button = (
    <Button
      variant={pressed ? 'soft' : 'ghost'}
      color={color ?? 'gray'}
      highContrast={!color}
      size="2"
      className={cx(styles.toolButton, split && styles.toolSplit)}
      disabled={disabled}
      aria-pressed={pressed}
      aria-keyshortcuts={(shortcut && SHORTCUTS[shortcut].aria) || undefined}
      aria-label={compact ? label : undefined}
      data-compact={compact === 'narrow' ? 'narrow' : compact || undefined}
      onClick={onClick}
    >
      {icon}
      {compact ? <span className={styles.toolLabel}>{label}</span> : label}
    </Button>
  );
  // A disabled button gets no pointer events, so its tooltip would never show anyway.
  if (disabled) return button;
  return <Tooltip content={shortcut ? `${hint} (${KEYS_HINT[shortcut] ?? SHORTCUTS[shortcut].keys})` : hint}>{button}</Tooltip>;
}

export function VmToolbar() {
  const vm = useSelectedVm();
  const confirmForceOff = usePowerPrefs((s) => s.confirmForceOff);
  const online = useOnline();
  const busy = useVms((s) => (vm ? !!s.busy[vm.id] : false)) || !online;
  const hostShown = useUi((s) => s.pane === 'host');
  const disksShown = useUi((s) => s.pane === 'disks');
  const libraryShown = useUi((s) => s.pane === 'library');
  const restore = startLabel(vm) === 'Restore';
  return (
    <Flex asChild align="center" gap="3" px="3" className={styles.toolbar}>
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
        {/* Split buttons, as virt-manager's: the common verb, and an arrow for the rest of its family. */}
        <Flex align="center">
          <Tool
            split
            label={startLabel(vm)}
            hint={restore ? HINT.restore : HINT.start}
            shortcut="start"
            icon={restore ? <CounterClockwiseClockIcon /> : <PlayIcon />}
            disabled={busy || !canStart(vm)}
            onClick={() => vm && void startVm(vm.id)}
          />
          <StartMenu vm={vm} busy={busy} />
        </Flex>
        <Flex align="center">
          <Tool
            split
            label="Shut down"
            hint={HINT.shutdown}
            shortcut="shutdown"
            icon={<StopIcon />}
            disabled={busy || !canShutdown(vm)}
            onClick={() => vm && void shutdownVm(vm.id)}
          />
          <PowerMenu vm={vm} busy={busy} />
        </Flex>
        <Tool
          label={confirmForceOff ? 'Force off…' : 'Force off'}
          hint={HINT.forceOff}
          shortcut="forceOff"
          icon={<LightningBoltIcon />}
          color="red"
          disabled={busy || !canForceOff(vm)}
          onClick={() => vm && askForceOff(vm)}
        />
        {canResume(vm) ? (
          <Tool
            label="Resume"
            compact="narrow"
            hint={HINT.resume}
            icon={<ResumeIcon />}
            disabled={busy}
            onClick={() => vm && togglePause(vm)}
          />
        ) : (
          <Tool
            label="Pause"
            compact="narrow"
            hint={HINT.pause}
            icon={<PauseIcon />}
            disabled={busy || !canPause(vm)}
            onClick={() => vm && togglePause(vm)}
          />
        )}
        <Separator orientation="vertical" size="1" />
        <Tool
          label="Console"
          compact="narrow"
          hint="Open the serial console"
          shortcut="console"
          icon={<DesktopIcon />}
          disabled={!canOpenConsole(vm)}
          onClick={() => vm && openConsole(vm)}
        />
        <Separator orientation="vertical" size="1" />
        <Tool
          label="Delete…"
          compact="narrow"
          hint="Delete the selected VM, choosing which disks go with it"
          shortcut="delete"
          icon={<TrashIcon />}
          color="red"
          disabled={busy || !canDelete(vm)}
          onClick={() => vm && askDelete(vm)}
        />
        <div className="toolbar-spacer" />
        <Tool
          label="Library"
          compact
          hint={
            libraryShown ? 'Back to the selected VM' : 'Install media and disk images in your folders: their OS, and New VM from an ISO'
          }
          icon={<DiscIcon />}
          pressed={libraryShown}
          onClick={toggleLibraryPane}
        />
        <Tool
          label="Disks"
          compact
          hint={disksShown ? 'Back to the selected VM' : 'Every disk image: sizes, backing files, resize, convert, check'}
          shortcut="disks"
          icon={<StackIcon />}
          pressed={disksShown}
          onClick={toggleDisksPane}
        />
        <Tool
          label="Host"
          compact
          hint={hostShown ? 'Back to the selected VM' : 'Can this host run VMs? KVM, QEMU and its capabilities'}
          shortcut="host"
          icon={<ChipIcon />}
          pressed={hostShown}
          onClick={toggleHostPane}
        />
        <LanguageMenu />
        <ShortcutHelp />
        {/* Here rather than beside the other dialogs in App: every way to Force off (toolbar, row menu, keyboard) asks through it.
            Inside the header, as the Flex above lends its props to one child; the dialog itself is portalled out. */}
        <ForceOffConfirmDialog />
      </header>
    </Flex>
  );
}
