import { Button, DropdownMenu } from '@radix-ui/themes';
import { KeyboardIcon } from '@radix-ui/react-icons';
import { sendKeys } from './console-actions.js';
import { CTRL_ALT_BACKSPACE, CTRL_ALT_DEL, CTRL_ALT_F } from './send-keys.js';
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
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger disabled={disabled}>
        <Button size="1" variant="soft" color="gray" aria-label="Send key">
          <KeyboardIcon />
          <span className={styles.sendKeyLabel}>Send key</span>
          <DropdownMenu.TriggerIcon />
        </Button>
      </DropdownMenu.Trigger>
      <DropdownMenu.Content size="1" align="end" container={container ?? undefined}>
        <DropdownMenu.Item onSelect={() => void sendKeys(vmId, vmName, CTRL_ALT_DEL)}>{CTRL_ALT_DEL.label}</DropdownMenu.Item>
        <DropdownMenu.Item onSelect={() => void sendKeys(vmId, vmName, CTRL_ALT_BACKSPACE)}>{CTRL_ALT_BACKSPACE.label}</DropdownMenu.Item>
        <DropdownMenu.Separator />
        <DropdownMenu.Sub>
          <DropdownMenu.SubTrigger>Ctrl+Alt+F1 … F12</DropdownMenu.SubTrigger>
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
