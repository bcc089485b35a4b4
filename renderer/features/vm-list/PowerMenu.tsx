import { DropdownMenu } from '@radix-ui/themes';
import { DownloadIcon, LightningBoltIcon, ReloadIcon, ResetIcon, StopIcon } from '@radix-ui/react-icons';
import type { VmSummary } from '../../../shared/model/index.js';
import { SHORTCUTS } from '../../lib/shortcuts.js';
import { canForceOff, canReboot, canReset, canSaveState, canShutdown } from '../../lib/vm-state.js';
import { shutdownVm } from '../../store/actions.js';
import { setConfirmForceOff, usePowerPrefs } from '../../store/power-prefs.js';
import { HINT } from './command-hints.js';
import { MenuHint } from './MenuHint.js';
import { ToolMenuTrigger } from './ToolMenuTrigger.js';
import { askForceOff, askReset, reboot, saveState } from './vm-commands.js';

/** The arrow beside Shut down, as virt-manager's: every way to stop or restart the guest. */
export function PowerMenu({ vm, busy }: { vm: VmSummary | null; busy: boolean }) {
  const confirmForceOff = usePowerPrefs((s) => s.confirmForceOff);
  return (
    <DropdownMenu.Root>
      <ToolMenuTrigger label="More power actions" tooltip="Reboot, save state, reset" disabled={!vm || busy} />
      {vm ? (
        <DropdownMenu.Content size="2" variant="soft" align="start">
          <MenuHint hint={HINT.shutdown}>
            <DropdownMenu.Item disabled={!canShutdown(vm)} shortcut={SHORTCUTS.shutdown.keys} onSelect={() => void shutdownVm(vm.id)}>
              <StopIcon /> Shut down
            </DropdownMenu.Item>
          </MenuHint>
          <MenuHint hint={HINT.reboot}>
            <DropdownMenu.Item disabled={!canReboot(vm)} shortcut={SHORTCUTS.reboot.keys} onSelect={() => reboot(vm)}>
              <ReloadIcon /> Reboot
            </DropdownMenu.Item>
          </MenuHint>
          <MenuHint hint={HINT.saveState}>
            <DropdownMenu.Item disabled={!canSaveState(vm)} shortcut={SHORTCUTS.saveState.keys} onSelect={() => saveState(vm)}>
              <DownloadIcon /> Save state
            </DropdownMenu.Item>
          </MenuHint>
          <DropdownMenu.Separator />
          <MenuHint hint={HINT.reset}>
            <DropdownMenu.Item disabled={!canReset(vm)} onSelect={() => askReset(vm)}>
              <ResetIcon /> Reset…
            </DropdownMenu.Item>
          </MenuHint>
          <MenuHint hint={HINT.forceOff}>
            <DropdownMenu.Item color="red" disabled={!canForceOff(vm)} shortcut={SHORTCUTS.forceOff.keys} onSelect={() => askForceOff(vm)}>
              <LightningBoltIcon /> Force off…
            </DropdownMenu.Item>
          </MenuHint>
          {/* Where "Don't ask again" can be taken back. */}
          <DropdownMenu.CheckboxItem checked={confirmForceOff} onCheckedChange={setConfirmForceOff}>
            Ask before Force off
          </DropdownMenu.CheckboxItem>
        </DropdownMenu.Content>
      ) : null}
    </DropdownMenu.Root>
  );
}
