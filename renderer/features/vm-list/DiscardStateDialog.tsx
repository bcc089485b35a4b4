import { useTranslation } from 'react-i18next';
import { discardSavedState } from '../../store/actions.js';
import { canDiscardSavedState } from '../../lib/vm-state.js';
import { ConfirmVmDialog } from './ConfirmVmDialog.js';

/** The saved memory is the guest's only copy of its open work: dropping it asks first, like Reset. */
export function DiscardStateDialog() {
  const { t } = useTranslation('vmList');
  return (
    <ConfirmVmDialog
      kind="discard"
      title={(name) => t('discardDialog.title', { name })}
      action={t('discardDialog.action')}
      allowed={canDiscardSavedState}
      run={(id) => void discardSavedState(id)}
      maxWidth="460px"
    >
      {t('discardDialog.text')}
    </ConfirmVmDialog>
  );
}
