import { DropdownMenu } from '@radix-ui/themes';
import { CounterClockwiseClockIcon, PlayIcon, TrashIcon } from '@radix-ui/react-icons';
import { useTranslation } from 'react-i18next';
import type { VmSummary } from '../../../shared/model/index.js';
import { shortcutKeys } from '../../lib/shortcuts.js';
import { canDiscardSavedState, canStart, canStartDisposable, restores, startLabel } from '../../lib/vm-state.js';
import { startVm } from '../../store/actions.js';
import { MenuHint } from './MenuHint.js';
import { ToolMenuTrigger } from './ToolMenuTrigger.js';
import { askDiscard, startOnce } from './vm-commands.js';

/** The arrow beside Start: the other ways to power on, and dropping a saved state instead. */
export function StartMenu({ vm, busy }: { vm: VmSummary | null; busy: boolean }) {
  const { t } = useTranslation('vmList');
  const restore = restores(vm);
  return (
    <DropdownMenu.Root>
      <ToolMenuTrigger label={t('toolbar.moreStart')} tooltip={t('toolbar.moreStartTip')} disabled={!vm || busy} />
      {vm ? (
        <DropdownMenu.Content size="2" variant="soft" align="start">
          <MenuHint hint={t(restore ? 'hint.restore' : 'hint.start')}>
            <DropdownMenu.Item disabled={!canStart(vm)} shortcut={shortcutKeys('start')} onSelect={() => void startVm(vm.id)}>
              {restore ? <CounterClockwiseClockIcon /> : <PlayIcon />} {startLabel(vm)}
            </DropdownMenu.Item>
          </MenuHint>
          <MenuHint hint={t('hint.startDisposable')}>
            <DropdownMenu.Item disabled={!canStartDisposable(vm)} onSelect={() => startOnce(vm)}>
              <PlayIcon /> {t('menu.startDisposable')}
            </DropdownMenu.Item>
          </MenuHint>
          <DropdownMenu.Separator />
          <MenuHint hint={t('hint.discard')}>
            <DropdownMenu.Item color="red" disabled={!canDiscardSavedState(vm)} onSelect={() => askDiscard(vm)}>
              <TrashIcon /> {t('menu.discard')}
            </DropdownMenu.Item>
          </MenuHint>
        </DropdownMenu.Content>
      ) : null}
    </DropdownMenu.Root>
  );
}
