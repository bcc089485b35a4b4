import { Badge, Tooltip } from '@radix-ui/themes';
import { TimerIcon } from '@radix-ui/react-icons';
import styles from './details.module.css';

/** Started disposable: nothing the guest writes now survives, which a person must not forget. */
export function DisposableBadge() {
  return (
    <Tooltip content="Started disposable: the guest’s disk writes go to temporary files and are thrown away when it stops. The disks stay as they were.">
      <Badge color="purple" variant="soft" radius="full" className={styles.disposableBadge} tabIndex={0}>
        <TimerIcon aria-hidden /> disposable
      </Badge>
    </Tooltip>
  );
}
