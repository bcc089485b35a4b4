import { Button, Flex, Progress, Text } from '@radix-ui/themes';
import type { TaskProgress } from '../../../shared/api.js';
import styles from './disks.module.css';

/** One task as its 'task' events tell it: title, a real percentage, and Cancel when the engine allows. */
export function TaskBar({ task, cancelling, onCancel }: { task: TaskProgress; cancelling: boolean; onCancel: () => void }) {
  const percent = Math.round(task.percent);
  return (
    <Flex direction="column" gap="2">
      <Flex justify="between" align="center" gap="3">
        <Text size="2" className="cell-text" title={task.title}>
          {task.title}
        </Text>
        <Text size="2" color="gray" className="numeric">
          {percent} %
        </Text>
      </Flex>
      <Flex align="center" gap="3">
        <Progress size="2" value={percent} aria-label={task.title} className={styles.taskBarProgress} />
        {task.cancellable && task.state === 'running' ? (
          <Button type="button" size="1" variant="soft" color="red" loading={cancelling} onClick={onCancel}>
            Cancel
          </Button>
        ) : null}
      </Flex>
    </Flex>
  );
}
