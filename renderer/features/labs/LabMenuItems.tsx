import { ContextMenu, DropdownMenu } from '@radix-ui/themes';
import { PlayIcon, TrashIcon } from '@radix-ui/react-icons';
import { LayersIcon } from '@radix-ui/react-icons';
import { useTranslation } from 'react-i18next';
import type { VmSummary } from '../../../shared/model/index.js';
import { canClone, canStart } from '../../lib/vm-state.js';
import { useOnline } from '../../store/link.js';
import { useVms } from '../../store/vms.js';
import { startLab } from './lab-actions.js';
import { labMembers } from './lab-names.js';
import { askDeleteLab, askMakeLab } from './lab-ui.js';

/**
 * The labs' items in a VM's menus (the row's right-click menu, the VM page's More menu): Make a lab…
 * from it, and for a VM of a lab, Start all and Delete lab….
 */
export function LabMenuItems({ vm, menu }: { vm: VmSummary; menu: 'context' | 'dropdown' }) {
  const { t } = useTranslation('labs');
  const Menu = menu === 'context' ? ContextMenu : DropdownMenu;
  const online = useOnline();
  const busy = useVms((s) => !!s.busy[vm.id]) || !online;
  const lab = vm.config?.lab ?? null;
  const vms = useVms((s) => s.vms);
  const members = lab ? labMembers(Object.values(vms), lab) : [];
  return (
    <>
      <Menu.Item disabled={busy || !canClone(vm)} onSelect={() => askMakeLab(vm.id)} title={t('menu.makeLabHint')}>
        <LayersIcon /> {t('menu.makeLab')}
      </Menu.Item>
      {lab ? (
        <>
          <Menu.Separator />
          <Menu.Label>{t('list.header', { lab })}</Menu.Label>
          <Menu.Item disabled={!online || !members.some(canStart)} onSelect={() => startLab(members)} title={t('list.startAllHint')}>
            <PlayIcon /> {t('list.startAll')}
          </Menu.Item>
          <Menu.Item color="red" disabled={!online} onSelect={() => askDeleteLab(lab)} title={t('list.deleteLabHint')}>
            <TrashIcon /> {t('list.deleteLab')}
          </Menu.Item>
        </>
      ) : null}
    </>
  );
}
