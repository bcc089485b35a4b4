import { DropdownMenu } from '@radix-ui/themes';
import { DownloadIcon, LightningBoltIcon, ReloadIcon, ResetIcon, StopIcon } from '@radix-ui/react-icons';
import { useTranslation } from 'react-i18next';
import type { VmSummary } from '../../../shared/model/index.js';
import { shortcutKeys } from '../../lib/shortcuts.js';
import { canForceOff, canReboot, canReset, canSaveState, canShutdown } from '../../lib/vm-state.js';
import { shutdownVm } from '../../store/actions.js';
import { setConfirmForceOff, usePowerPrefs } from '../../store/power-prefs.js';
import { MenuHint } from './MenuHint.js';
import { ToolMenuTrigger } from './ToolMenuTrigger.js';
import { askForceOff, askReset, reboot, saveState } from './vm-commands.js';

/** The arrow beside Shut down, as virt-manager's: every way to stop or restart the guest. */
export function PowerMenu({ vm, busy }: { vm: VmSummary | null; busy: boolean }) {
  const { t } = useTranslation('vmList');
  const confirmForceOff = usePowerPrefs((s) => s.confirmForceOff);
  return (
    <DropdownMenu.Root>
      <ToolMenuTrigger label={t('toolbar.morePower')} tooltip={t('toolbar.morePowerTip')} disabled={!vm || busy} />
      {vm ? (
        <DropdownMenu.Content size="2" variant="soft" align="start">
          <MenuHint hint={t('hint.shutdown')}>
            <DropdownMenu.Item disabled={!canShutdown(vm)} shortcut={shortcutKeys('shutdown')} onSelect={() => void shutdownVm(vm.id)}>
              <StopIcon /> {t('menu.shutdown')}
            </DropdownMenu.Item>
          </MenuHint>
          <MenuHint hint={t('hint.reboot')}>
            <DropdownMenu.Item disabled={!canReboot(vm)} shortcut={shortcutKeys('reboot')} onSelect={() => reboot(vm)}>
              <ReloadIcon /> {t('menu.reboot')}
            </DropdownMenu.Item>
          </MenuHint>
          <MenuHint hint={t('hint.saveState')}>
            <DropdownMenu.Item disabled={!canSaveState(vm)} shortcut={shortcutKeys('saveState')} onSelect={() => saveState(vm)}>
              <DownloadIcon /> {t('menu.saveState')}
            </DropdownMenu.Item>
          </MenuHint>
          <DropdownMenu.Separator />
          <MenuHint hint={t('hint.reset')}>
            <DropdownMenu.Item disabled={!canReset(vm)} onSelect={() => askReset(vm)}>
              <ResetIcon /> {t('menu.reset')}
            </DropdownMenu.Item>
          </MenuHint>
          <MenuHint hint={t('hint.forceOff')}>
            <DropdownMenu.Item color="red" disabled={!canForceOff(vm)} shortcut={shortcutKeys('forceOff')} onSelect={() => askForceOff(vm)}>
              <LightningBoltIcon /> {t('menu.forceOff')}
            </DropdownMenu.Item>
          </MenuHint>
          {/* Where "Don't ask again" can be taken back. */}
          <DropdownMenu.CheckboxItem checked={confirmForceOff} onCheckedChange={setConfirmForceOff}>
            {t('menu.askForceOff')}
          </DropdownMenu.CheckboxItem>
        </DropdownMenu.Content>
      ) : null}
    </DropdownMenu.Root>
  );
}
