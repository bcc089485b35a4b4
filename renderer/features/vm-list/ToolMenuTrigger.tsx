import { DropdownMenu, IconButton, Tooltip } from '@radix-ui/themes';
import { ChevronDownIcon } from '@radix-ui/react-icons';
import styles from './vm-list.module.css';

/** The arrow half of a toolbar split button (Start, Shut down), opening its menu of related commands. */
export function ToolMenuTrigger({ label, tooltip, disabled }: { label: string; tooltip: string; disabled: boolean }) {
  return (
    <Tooltip content={tooltip}>
      <DropdownMenu.Trigger disabled={disabled}>
        <IconButton variant="ghost" color="gray" highContrast size="2" className={styles.toolMenu} aria-label={label}>
          <ChevronDownIcon />
        </IconButton>
      </DropdownMenu.Trigger>
    </Tooltip>
  );
}
