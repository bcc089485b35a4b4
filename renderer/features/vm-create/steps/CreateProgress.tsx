import { Flex, Progress, Spinner, Text } from '@radix-ui/themes';
import { useTasks, tasksSince } from '../../../store/tasks.js';
import formStyles from '../../../forms/forms.module.css';

/**
 * While create() runs: the engine's task events for the work it started (a disk conversion reports
 * percent), else a spinner, since creating a plain disk takes a moment only.
 */
export function CreateProgress({ since, convert }: { since: number; convert: boolean }) {
  const tasks = useTasks((s) => s.tasks);
  const mine = tasksSince(tasks, since);
  const task = mine.find((t) => t.state === 'running') ?? mine[mine.length - 1];
  if (!task) {
    return (
      <Flex align="center" gap="2" role="status">
        <Spinner size="1" />
        <Text size="2" color="gray">
          {convert ? 'Starting the conversion…' : 'Creating the VM…'}
        </Text>
      </Flex>
    );
  }
  return (
    <Flex direction="column" gap="1" className={formStyles.taskProgress}>
      <Flex justify="between" gap="3">
        <Text size="2" id="wiz-task-title">
          {task.title}
        </Text>
        <Text size="2" color="gray" className="numeric">
          {Math.round(task.percent)} %
        </Text>
      </Flex>
      <Progress
        value={Math.round(task.percent)}
        max={100}
        aria-labelledby="wiz-task-title"
        color={task.state === 'failed' ? 'red' : undefined}
      />
    </Flex>
  );
}
