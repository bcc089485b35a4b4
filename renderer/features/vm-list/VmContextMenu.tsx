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
import { useTranslation } from 'react-i18next';
import type { VmSummary } from '../../../shared/model/index.js';
import { shutdownVm, startVm } from '../../store/actions.js';
import { showTab } from '../../store/ui.js';
import { useVms } from '../../store/vms.js';
import { useOnline } from '../../store/link.js';
import { shortcutKeys } from '../../lib/shortcuts.js';
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
  restores,
  startLabel,
} from '../../lib/vm-state.js';
import { LabMenuItems } from '../labs/LabMenuItems.js';
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
  const { t } = useTranslation('vmList');
  const busy = useVms((s) => !!s.busy[vm.id]) || !online;
  const restore = restores(vm);
  return (
    <ContextMenu.Content size="2" variant="soft">
      <ContextMenu.Label>{vm.name}</ContextMenu.Label>
      <MenuHint hint={t(restore ? 'hint.restore' : 'hint.start')}>
        <ContextMenu.Item disabled={busy || !canStart(vm)} shortcut={shortcutKeys('start')} onSelect={() => void startVm(vm.id)}>
          {restore ? <CounterClockwiseClockIcon /> : <PlayIcon />} {startLabel(vm)}
        </ContextMenu.Item>
      </MenuHint>
      <MenuHint hint={t('hint.startDisposable')}>
        <ContextMenu.Item disabled={busy || !canStartDisposable(vm)} onSelect={() => startOnce(vm)}>
          <PlayIcon /> {t('menu.startDisposable')}
        </ContextMenu.Item>
      </MenuHint>
      <ContextMenu.Item disabled={busy || !canShutdown(vm)} shortcut={shortcutKeys('shutdown')} onSelect={() => void shutdownVm(vm.id)}>
        <StopIcon /> {t('menu.shutdown')}
      </ContextMenu.Item>
      <MenuHint hint={t('hint.reboot')}>
        <ContextMenu.Item disabled={busy || !canReboot(vm)} shortcut={shortcutKeys('reboot')} onSelect={() => reboot(vm)}>
          <ReloadIcon /> {t('menu.reboot')}
        </ContextMenu.Item>
      </MenuHint>
      <MenuHint hint={t('hint.saveState')}>
        <ContextMenu.Item disabled={busy || !canSaveState(vm)} shortcut={shortcutKeys('saveState')} onSelect={() => saveState(vm)}>
          <DownloadIcon /> {t('menu.saveState')}
        </ContextMenu.Item>
      </MenuHint>
      <ContextMenu.Item
        color="red"
        disabled={busy || !canForceOff(vm)}
        shortcut={shortcutKeys('forceOff')}
        onSelect={() => askForceOff(vm)}
      >
        <LightningBoltIcon /> {t('menu.forceOff')}
      </ContextMenu.Item>
      {canResume(vm) ? (
        <ContextMenu.Item disabled={busy} onSelect={() => togglePause(vm)}>
          <ResumeIcon /> {t('menu.resume')}
        </ContextMenu.Item>
      ) : (
        <ContextMenu.Item disabled={busy || !canPause(vm)} onSelect={() => togglePause(vm)}>
          <PauseIcon /> {t('menu.pause')}
        </ContextMenu.Item>
      )}
      <ContextMenu.Item disabled={busy || !canReset(vm)} onSelect={() => askReset(vm)}>
        <ResetIcon /> {t('menu.reset')}
      </ContextMenu.Item>
      {/* Only for a saved VM, beside Restore: the one other thing to do with a saved state. */}
      {canDiscardSavedState(vm) ? (
        <MenuHint hint={t('hint.discard')}>
          <ContextMenu.Item color="red" disabled={busy} onSelect={() => askDiscard(vm)}>
            <TrashIcon /> {t('menu.discard')}
          </ContextMenu.Item>
        </MenuHint>
      ) : null}
      <ContextMenu.Separator />
      <ContextMenu.Item disabled={!canOpenConsole(vm)} shortcut={shortcutKeys('console')} onSelect={() => openConsole(vm)}>
        <DesktopIcon /> {t('menu.console')}
      </ContextMenu.Item>
      <ContextMenu.Item onSelect={() => showTab('details')}>{t('menu.details')}</ContextMenu.Item>
      <ContextMenu.Separator />
      <MenuHint hint={t('hint.clone')}>
        <ContextMenu.Item disabled={busy || !canClone(vm)} onSelect={() => askClone(vm)}>
          <CopyIcon /> {t('menu.clone')}
        </ContextMenu.Item>
      </MenuHint>
      <LabMenuItems vm={vm} menu="context" />
      <ContextMenu.Item color="red" disabled={busy || !canDelete(vm)} shortcut={shortcutKeys('delete')} onSelect={() => askDelete(vm)}>
        <TrashIcon /> {t('menu.delete')}
      </ContextMenu.Item>
    </ContextMenu.Content>
  );
}
