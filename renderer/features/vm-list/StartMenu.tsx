import { DropdownMenu } from '@radix-ui/themes';
import { CounterClockwiseClockIcon, PlayIcon, TrashIcon } from '@radix-ui/react-icons';
import type { VmSummary } from '../../../shared/model/index.js';
import { SHORTCUTS } from '../../lib/shortcuts.js';
import { canDiscardSavedState, canStart, canStartDisposable, startLabel } from '../../lib/vm-state.js';
import { startVm } from '../../store/actions.js';
import { HINT } from './command-hints.js';
import { MenuHint } from './MenuHint.js';
import { ToolMenuTrigger } from './ToolMenuTrigger.js';
import { askDiscard, startOnce } from './vm-commands.js';

/** The arrow beside Start: the other ways to power on, and dropping a saved state instead. */
export function StartMenu({ vm, busy }: { vm: VmSummary | null; busy: boolean }) {
  const restore = startLabel(vm) === 'Restore';
  return (
    <DropdownMenu.Root>
      <ToolMenuTrigger label="More ways to start" tooltip="Start disposable, discard a saved state" disabled={!vm || busy} />
      {vm ? (
        <DropdownMenu.Content size="2" variant="soft" align="start">
          <MenuHint hint={restore ? HINT.restore : HINT.start}>
            <DropdownMenu.Item disabled={!canStart(vm)} shortcut={SHORTCUTS.start.keys} onSelect={() => void startVm(vm.id)}>
              {restore ? <CounterClockwiseClockIcon /> : <PlayIcon />} {startLabel(vm)}
            </DropdownMenu.Item>
          </MenuHint>
          <MenuHint hint={HINT.startDisposable}>
            <DropdownMenu.Item disabled={!canStartDisposable(vm)} onSelect={() => startOnce(vm)}>
              <PlayIcon /> Start disposable
            </DropdownMenu.Item>
          </MenuHint>
          <DropdownMenu.Separator />
          <MenuHint hint={HINT.discard}>
            <DropdownMenu.Item color="red" disabled={!canDiscardSavedState(vm)} onSelect={() => askDiscard(vm)}>
              <TrashIcon /> Discard saved state…
            </DropdownMenu.Item>
          </MenuHint>
        </DropdownMenu.Content>
      ) : null}
    </DropdownMenu.Root>
  );
}
