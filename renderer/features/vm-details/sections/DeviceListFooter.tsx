import { Button, Text } from '@radix-ui/themes';
import { PlusIcon } from '@radix-ui/react-icons';
import styles from '../editor.module.css';

/**
 * Under a page's list of devices (CD-ROM drives, network cards, shared folders): what is wrong with the
 * list as a whole (too many, a tag used twice), then its Add button, off at the list's limit.
 */
export function DeviceListFooter({
  error,
  label,
  disabled,
  onAdd,
}: {
  error?: string;
  label: string;
  disabled: boolean;
  onAdd: () => void;
}) {
  return (
    <>
      {error ? (
        <Text size="1" color="red">
          {error}
        </Text>
      ) : null}
      <Button type="button" variant="soft" className={styles.addButton} disabled={disabled} onClick={onAdd}>
        <PlusIcon /> {label}
      </Button>
    </>
  );
}
