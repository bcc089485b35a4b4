import { DropdownMenu } from '@radix-ui/themes';
import { CopyIcon } from '@radix-ui/react-icons';
import { useTranslation } from 'react-i18next';
import type { VmSummary } from '../../../shared/model/index.js';
import { canClone } from '../../lib/vm-state.js';
import { useOnline } from '../../store/link.js';
import { useVms } from '../../store/vms.js';
import { askClone } from './vm-commands.js';

/** "Clone…" in the VM page's More menu (the toolbar has no room for it; the row menu has it too). */
export function CloneMenuItem({ vm }: { vm: VmSummary }) {
  const { t } = useTranslation('vmList');
  const online = useOnline();
  const busy = useVms((s) => !!s.busy[vm.id]) || !online;
  return (
    <DropdownMenu.Item disabled={busy || !canClone(vm)} onSelect={() => askClone(vm)}>
      <CopyIcon /> {t('menu.clone')}
    </DropdownMenu.Item>
  );
}
