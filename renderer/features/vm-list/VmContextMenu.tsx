import { ContextMenu } from '@radix-ui/themes';
import {
  DesktopIcon,
  LightningBoltIcon,
  PauseIcon,
  PlayIcon,
  ResetIcon,
  ResumeIcon,
  StopIcon,
  TrashIcon,
} from '@radix-ui/react-icons';
import type { VmSummary } from '../../../shared/model/index.js';
import { forceOffVm, shutdownVm, startVm } from '../../store/actions.js';
import { showTab } from '../../store/ui.js';
import { useVms } from '../../store/vms.js';
import { useOnline } from '../../store/link.js';
import { SHORTCUTS } from '../../lib/shortcuts.js';
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
import { askDelete, askReset, openConsole, togglePause } from './vm-commands.js';

/** The row's right-click menu: the toolbar's actions, for the row under the pointer. */
export function VmContextMenuContent({ vm }: { vm: VmSummary }) {
  const online = useOnline();
  const busy = useVms((s) => !!s.busy[vm.id]) || !online;
  return (
    <ContextMenu.Content size="2" variant="soft">
      <ContextMenu.Label>{vm.name}</ContextMenu.Label>
      <ContextMenu.Item
        disabled={busy || !canStart(vm)}
        shortcut={SHORTCUTS.start.keys}
        onSelect={() => void startVm(vm.id)}
      >
        <PlayIcon /> Start
      </ContextMenu.Item>
      <ContextMenu.Item
        disabled={busy || !canShutdown(vm)}
        shortcut={SHORTCUTS.shutdown.keys}
        onSelect={() => void shutdownVm(vm.id)}
      >
        <StopIcon /> Shut down
      </ContextMenu.Item>
      <ContextMenu.Item
        color="red"
        disabled={busy || !canForceOff(vm)}
        shortcut={SHORTCUTS.forceOff.keys}
        onSelect={() => void forceOffVm(vm.id)}
      >
        <LightningBoltIcon /> Force off
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
      <ContextMenu.Separator />
      <ContextMenu.Item
        disabled={!canOpenConsole(vm)}
        shortcut={SHORTCUTS.console.keys}
        onSelect={() => openConsole(vm)}
      >
        <DesktopIcon /> Console
      </ContextMenu.Item>
      <ContextMenu.Item onSelect={() => showTab('details')}>Details</ContextMenu.Item>
      <ContextMenu.Separator />
      <ContextMenu.Item
        color="red"
        disabled={busy || !canDelete(vm)}
        shortcut={SHORTCUTS.delete.keys}
        onSelect={() => askDelete(vm)}
      >
        <TrashIcon /> Delete…
      </ContextMenu.Item>
    </ContextMenu.Content>
  );
}
