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
  Share1Icon,
  StackIcon,
  StopIcon,
  TrashIcon,
} from '@radix-ui/react-icons';
import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { shutdownVm, startVm } from '../../store/actions.js';
import { usePowerPrefs } from '../../store/power-prefs.js';
import { setCreateOpen, toggleDisksPane, toggleHostPane, toggleLibraryPane, toggleNetworksPane, useUi } from '../../store/ui.js';
import { useSelectedVm, useVms } from '../../store/vms.js';
import { useOnline } from '../../store/link.js';
import { SHORTCUTS, shortcutKeys, type ShortcutId } from '../../lib/shortcuts.js';
import {
  canDelete,
  canForceOff,
  canOpenConsole,
  canPause,
  canResume,
  canShutdown,
  canStart,
  restores,
  startLabel,
} from '../../lib/vm-state.js';
import { ShortcutHelp } from '../../shell/ShortcutHelp.js';
import { LanguageMenu } from '../../i18n/LanguageMenu.js';
import { ChipIcon } from '../host/ChipIcon.js';
import { PowerMenu } from './PowerMenu.js';
import { StartMenu } from './StartMenu.js';
import { ForceOffConfirmDialog } from './ForceOffConfirmDialog.js';
import { askDelete, askForceOff, openConsole, togglePause } from './vm-commands.js';
import { useToolbarFit } from './useToolbarFit.js';
import { cx } from '../../lib/cx.js';
import styles from './vm-list.module.css';

/** Keys that work only with a list row focused say so, or the tooltip would promise too much. */
const KEYS_HINT: Partial<Record<ShortcutId, 'toolbar.keysConsole' | 'toolbar.keysDelete'>> = {
  console: 'toolbar.keysConsole',
  delete: 'toolbar.keysDelete',
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
   * Icon only when the toolbar has no room for every label (useToolbarFit), named all the same, from
   * the label least missed: 1 the page toggles (Library, Networks, Disks, Host), 2 Pause, 3 Console,
   * 4 Delete, 5 Force off, 6 Shut down. So a small window still shows every button, in either language.
   */
  compact?: 1 | 2 | 3 | 4 | 5 | 6;
  onClick: () => void;
}

function Tool({ label, hint, shortcut, icon, disabled, color, pressed, split, compact, onClick }: ToolProps) {
  const { t } = useTranslation('vmList');
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
      data-compact={compact}
      onClick={onClick}
    >
      {icon}
      {compact ? <span className={styles.toolLabel}>{label}</span> : label}
    </Button>
  );
  // A disabled button gets no pointer events, so its tooltip would never show anyway.
  if (disabled) return button;
  if (!shortcut) return <Tooltip content={hint}>{button}</Tooltip>;
  const keysHint = KEYS_HINT[shortcut];
  const keys = keysHint ? t(keysHint) : shortcutKeys(shortcut);
  return <Tooltip content={t('toolbar.withKeys', { hint, keys })}>{button}</Tooltip>;
}

export function VmToolbar() {
  const { t } = useTranslation(['vmList', 'networks']);
  const vm = useSelectedVm();
  const confirmForceOff = usePowerPrefs((s) => s.confirmForceOff);
  const online = useOnline();
  const busy = useVms((s) => (vm ? !!s.busy[vm.id] : false)) || !online;
  const hostShown = useUi((s) => s.pane === 'host');
  const disksShown = useUi((s) => s.pane === 'disks');
  const libraryShown = useUi((s) => s.pane === 'library');
  const networksShown = useUi((s) => s.pane === 'networks');
  const restore = restores(vm);
  const ref = useRef<HTMLElement>(null);
  useToolbarFit(ref);
  return (
    <Flex asChild align="center" gap="3" px="3" className={styles.toolbar}>
      <header ref={ref} role="toolbar" aria-label={t('toolbar.label')}>
        <Tool
          label={t('toolbar.newVm')}
          hint={t('toolbar.newVmHint')}
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
            hint={t(restore ? 'hint.restore' : 'hint.start')}
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
            label={t('toolbar.shutdown')}
            compact={6}
            hint={t('hint.shutdown')}
            shortcut="shutdown"
            icon={<StopIcon />}
            disabled={busy || !canShutdown(vm)}
            onClick={() => vm && void shutdownVm(vm.id)}
          />
          <PowerMenu vm={vm} busy={busy} />
        </Flex>
        <Tool
          label={t(confirmForceOff ? 'toolbar.forceOffAsk' : 'toolbar.forceOff')}
          compact={5}
          hint={t('hint.forceOff')}
          shortcut="forceOff"
          icon={<LightningBoltIcon />}
          color="red"
          disabled={busy || !canForceOff(vm)}
          onClick={() => vm && askForceOff(vm)}
        />
        {canResume(vm) ? (
          <Tool
            label={t('toolbar.resume')}
            compact={2}
            hint={t('hint.resume')}
            icon={<ResumeIcon />}
            disabled={busy}
            onClick={() => vm && togglePause(vm)}
          />
        ) : (
          <Tool
            label={t('toolbar.pause')}
            compact={2}
            hint={t('hint.pause')}
            icon={<PauseIcon />}
            disabled={busy || !canPause(vm)}
            onClick={() => vm && togglePause(vm)}
          />
        )}
        <Separator orientation="vertical" size="1" />
        <Tool
          label={t('toolbar.console')}
          compact={3}
          hint={t('toolbar.consoleHint')}
          shortcut="console"
          icon={<DesktopIcon />}
          disabled={!canOpenConsole(vm)}
          onClick={() => vm && openConsole(vm)}
        />
        <Separator orientation="vertical" size="1" />
        <Tool
          label={t('toolbar.delete')}
          compact={4}
          hint={t('toolbar.deleteHint')}
          shortcut="delete"
          icon={<TrashIcon />}
          color="red"
          disabled={busy || !canDelete(vm)}
          onClick={() => vm && askDelete(vm)}
        />
        <div className="toolbar-spacer" />
        <Tool
          label={t('toolbar.library')}
          compact={1}
          hint={t(libraryShown ? 'toolbar.back' : 'toolbar.libraryHint')}
          icon={<DiscIcon />}
          pressed={libraryShown}
          onClick={toggleLibraryPane}
        />
        <Tool
          label={t('networks:view.toolbar')}
          compact={1}
          hint={t(networksShown ? 'toolbar.back' : 'networks:view.toolbarHint')}
          icon={<Share1Icon />}
          pressed={networksShown}
          onClick={toggleNetworksPane}
        />
        <Tool
          label={t('toolbar.disks')}
          compact={1}
          hint={t(disksShown ? 'toolbar.back' : 'toolbar.disksHint')}
          shortcut="disks"
          icon={<StackIcon />}
          pressed={disksShown}
          onClick={toggleDisksPane}
        />
        <Tool
          label={t('toolbar.host')}
          compact={1}
          hint={t(hostShown ? 'toolbar.back' : 'toolbar.hostHint')}
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
