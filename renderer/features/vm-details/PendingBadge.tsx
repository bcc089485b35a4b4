import { Badge, Tooltip, VisuallyHidden } from '@radix-ui/themes';
import { UpdateIcon } from '@radix-ui/react-icons';
import styles from './editor.module.css';

/** A saved setting the running VM gets only when it boots again. */
export function PendingBadge({ compact = false }: { compact?: boolean }) {
  if (!compact) {
    return (
      <Badge size="1" color="amber" variant="soft" className={styles.pendingBadge}>
        <UpdateIcon aria-hidden /> applies at next boot
      </Badge>
    );
  }
  return (
    <Tooltip content="Saved; applies at the next boot">
      <span className={styles.pendingMark}>
        <UpdateIcon aria-hidden color="var(--amber-10)" />
        <VisuallyHidden>(applies at next boot)</VisuallyHidden>
      </span>
    </Tooltip>
  );
}
