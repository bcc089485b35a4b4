import { Checkbox, Flex, Text } from '@radix-ui/themes';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canForceOff } from '../../lib/vm-state.js';
import { forceOffVm } from '../../store/actions.js';
import { setConfirmForceOff } from '../../store/power-prefs.js';
import { useUi } from '../../store/ui.js';
import { ConfirmVmDialog } from './ConfirmVmDialog.js';

/**
 * Force off pulls the plug, so it asks (toolbar, row menu, Ctrl+Shift+K alike). "Don't ask again" is
 * remembered; the power menu's "Ask before Force off" brings the question back.
 */
export function ForceOffConfirmDialog() {
  // The tick belongs to one asking: each askConfirm makes a new request object, so a box ticked and
  // then cancelled is not still ticked (and silently obeyed) the next time.
  const { t } = useTranslation('vmList');
  const request = useUi((s) => s.confirm);
  const [ticked, setTicked] = useState<{ for: unknown; on: boolean }>({ for: null, on: false });
  const dontAsk = ticked.on && ticked.for === request;
  return (
    <ConfirmVmDialog
      kind="force-off"
      title={(name) => t('forceOffDialog.title', { name })}
      action={t('forceOffDialog.action')}
      allowed={canForceOff}
      run={(id) => {
        if (dontAsk) setConfirmForceOff(false);
        void forceOffVm(id);
      }}
      extra={
        <Text as="label" size="2" mt="3" style={{ display: 'block' }}>
          <Flex gap="2" align="center">
            <Checkbox checked={dontAsk} onCheckedChange={(c) => setTicked({ for: request, on: c === true })} />
            {t('forceOffDialog.dontAsk')}
          </Flex>
        </Text>
      }
    >
      {t('forceOffDialog.text')}
    </ConfirmVmDialog>
  );
}
