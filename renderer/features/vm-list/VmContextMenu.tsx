import { ContextMenu } from '@radix-ui/themes';
import {
  CopyIcon,
  CounterClockwiseClockIcon,
  DesktopIcon,
  DownloadIcon,
  LightningBoltIcon,
  PauseIcon,
  PlayIcon,
  ReloadIcon,
  ResetIcon,
  ResumeIcon,
  StopIcon,
  TrashIcon,
} from '@radix-ui/react-icons';
import type { VmSummary } from '../../../shared/model/index.js';
import { shutdownVm, startVm } from '../../store/actions.js';
import { showTab } from '../../store/ui.js';
import { useVms } from '../../store/vms.js';
import { useOnline } from '../../store/link.js';
import { SHORTCUTS } from '../../lib/shortcuts.js';
import {
  canClone,
  canDelete,
  canDiscardSavedState,
  canForceOff,
  canOpenConsole,
  canPause,
  canReboot,
  canReset,
  canResume,
  canSaveState,
  canShutdown,
  canStart,
  canStartDisposable,
  startLabel,
} from '../../lib/vm-state.js';
import { HINT } from './command-hints.js';
import { MenuHint } from './MenuHint.js';
import {
  askClone,
  askDelete,
  askDiscard,
  askForceOff,
  askReset,
  openConsole,
  reboot,
  saveState,
  startOnce,
  togglePause,
} from './vm-commands.js';

/** The row's right-click menu: the toolbar's actions, for the row under the pointer. */
export function VmContextMenuContent({ vm }: { vm: VmSummary }) {
  const online = useOnline();
  const busy = useVms((s) => !!s.busy[vm.id]) || !online;
  const restore = startLabel(vm) === 'Restore';
  return (
    <ContextMenu.Content size="2" variant="soft">
      <ContextMenu.Label>{vm.name}</ContextMenu.Label>
      <MenuHint hint={restore ? HINT.restore : HINT.start}>
        <ContextMenu.Item disabled={busy || !canStart(vm)} shortcut={SHORTCUTS.start.keys} onSelect={() => void startVm(vm.id)}>
          {restore ? <CounterClockwiseClockIcon /> : <PlayIcon />} {startLabel(vm)}
        </ContextMenu.Item>
      </MenuHint>
      <MenuHint hint={HINT.startDisposable}>
        <ContextMenu.Item disabled={busy || !canStartDisposable(vm)} onSelect={() => startOnce(vm)}>
          <PlayIcon /> Start disposable
        </ContextMenu.Item>
      </MenuHint>
      <ContextMenu.Item disabled={busy || !canShutdown(vm)} shortcut={SHORTCUTS.shutdown.keys} onSelect={() => void shutdownVm(vm.id)}>
        <StopIcon /> Shut down
      </ContextMenu.Item>
      <MenuHint hint={HINT.reboot}>
        <ContextMenu.Item disabled={busy || !canReboot(vm)} shortcut={SHORTCUTS.reboot.keys} onSelect={() => reboot(vm)}>
          <ReloadIcon /> Reboot
        </ContextMenu.Item>
      </MenuHint>
      <MenuHint hint={HINT.saveState}>
        <ContextMenu.Item disabled={busy || !canSaveState(vm)} shortcut={SHORTCUTS.saveState.keys} onSelect={() => saveState(vm)}>
          <DownloadIcon /> Save state
        </ContextMenu.Item>
      </MenuHint>
      <ContextMenu.Item color="red" disabled={busy || !canForceOff(vm)} shortcut={SHORTCUTS.forceOff.keys} onSelect={() => askForceOff(vm)}>
        <LightningBoltIcon /> Force off…
      </ContextMenu.Item>
      {canResume(vm) ? (
        <ContextMenu.Item disabled={busy} onSelect={() => togglePause(vm)}>
          <ResumeIcon /> Resume
        </ContextMenu.Item>
      ) : (
        <ContextMenu.Item disabled={busy || !canPause(vm)} onSelect={() => togglePause(vm)}>
          <PauseIcon /> Pause
        </ContextMenu.Item>
      )}
      <ContextMenu.Item disabled={busy || !canReset(vm)} onSelect={() => askReset(vm)}>
        <ResetIcon /> Reset…
      </ContextMenu.Item>
      {/* Only for a saved VM, beside Restore: the one other thing to do with a saved state. */}
      {canDiscardSavedState(vm) ? (
        <MenuHint hint={HINT.discard}>
          <ContextMenu.Item color="red" disabled={busy} onSelect={() => askDiscard(vm)}>
            <TrashIcon /> Discard saved state…
          </ContextMenu.Item>
        </MenuHint>
      ) : null}
      <ContextMenu.Separator />
      <ContextMenu.Item disabled={!canOpenConsole(vm)} shortcut={SHORTCUTS.console.keys} onSelect={() => openConsole(vm)}>
        <DesktopIcon /> Console
      </ContextMenu.Item>
      <ContextMenu.Item onSelect={() => showTab('details')}>Details</ContextMenu.Item>
      <ContextMenu.Separator />
      <MenuHint hint={HINT.clone}>
        <ContextMenu.Item disabled={busy || !canClone(vm)} onSelect={() => askClone(vm)}>
          <CopyIcon /> Clone…
        </ContextMenu.Item>
      </MenuHint>
      <ContextMenu.Item color="red" disabled={busy || !canDelete(vm)} shortcut={SHORTCUTS.delete.keys} onSelect={() => askDelete(vm)}>
        <TrashIcon /> Delete…
      </ContextMenu.Item>
    </ContextMenu.Content>
  );
}
