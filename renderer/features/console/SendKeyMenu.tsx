import { Button, DropdownMenu, Tooltip } from '@radix-ui/themes';
import { KeyboardIcon } from '@radix-ui/react-icons';
import { useTranslation } from 'react-i18next';
import { sendKeys } from './console-actions.js';
import { CTRL_ALT_BACKSPACE, CTRL_ALT_DEL, CTRL_ALT_F, CTRL_ALT_F_LABEL } from './send-keys.js';
import styles from './console.module.css';

/**
 * Keys the host keeps for itself when typed (Ctrl+Alt+Del, switching virtual terminals), pressed on
 * the guest's keyboard by QEMU instead. `container` keeps the menu inside the full-screen element.
 */
export function SendKeyMenu({
  vmId,
  vmName,
  disabled,
  container,
}: {
  vmId: string;
  vmName: string;
  disabled: boolean;
  container?: HTMLElement | null;
}) {
  const { t } = useTranslation('console');
  return (
    <DropdownMenu.Root>
      {/* In a narrow pane the button is only its icon: the tooltip says what it is for. */}
      <Tooltip content={t('vnc.sendKeyTip')} container={container ?? undefined}>
        <DropdownMenu.Trigger disabled={disabled}>
          <Button size="1" variant="soft" color="gray" aria-label={t('vnc.sendKeyLabel')}>
            <KeyboardIcon />
            <span className={styles.sendKeyLabel}>{t('vnc.sendKey')}</span>
            <DropdownMenu.TriggerIcon />
          </Button>
        </DropdownMenu.Trigger>
      </Tooltip>
      <DropdownMenu.Content size="1" align="end" container={container ?? undefined}>
        <DropdownMenu.Item onSelect={() => void sendKeys(vmId, vmName, CTRL_ALT_DEL)}>{CTRL_ALT_DEL.label}</DropdownMenu.Item>
        <DropdownMenu.Item onSelect={() => void sendKeys(vmId, vmName, CTRL_ALT_BACKSPACE)}>{CTRL_ALT_BACKSPACE.label}</DropdownMenu.Item>
        <DropdownMenu.Separator />
        <DropdownMenu.Sub>
          <DropdownMenu.SubTrigger>{CTRL_ALT_F_LABEL}</DropdownMenu.SubTrigger>
          <DropdownMenu.SubContent container={container ?? undefined}>
            {CTRL_ALT_F.map((combo) => (
              <DropdownMenu.Item key={combo.label} onSelect={() => void sendKeys(vmId, vmName, combo)}>
                {combo.label}
              </DropdownMenu.Item>
            ))}
          </DropdownMenu.SubContent>
        </DropdownMenu.Sub>
      </DropdownMenu.Content>
    </DropdownMenu.Root>
  );
}
