import { useTranslation } from 'react-i18next';
import { resetVm } from '../../store/actions.js';
import { canReset } from '../../lib/vm-state.js';
import { ConfirmVmDialog } from './ConfirmVmDialog.js';

/** Reset skips the shutdown, so whatever the guest had not written is gone: one deliberate yes. */
export function ResetConfirmDialog() {
  const { t } = useTranslation('vmList');
  return (
    <ConfirmVmDialog
      kind="reset"
      title={(name) => t('resetDialog.title', { name })}
      action={t('resetDialog.action')}
      allowed={canReset}
      run={(id) => void resetVm(id)}
    >
      {t('resetDialog.text')}
    </ConfirmVmDialog>
  );
}
