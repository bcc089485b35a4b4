import { Flex, Progress, Spinner, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import { formatPercent } from '../../../lib/format.js';
import { useTasks, tasksSince } from '../../../store/tasks.js';
import formStyles from '../../../forms/forms.module.css';
import { say } from '../../../i18n/i18n.js';

/**
 * While create() runs: the engine's task events for the work it started (a disk conversion reports
 * percent), else a spinner, since creating a plain disk takes a moment only.
 */
export function CreateProgress({ since, convert }: { since: number; convert: boolean }) {
  const { t } = useTranslation('wizard');
  const tasks = useTasks((s) => s.tasks);
  const mine = tasksSince(tasks, since);
  const task = mine.find((t) => t.state === 'running') ?? mine[mine.length - 1];
  if (!task) {
    return (
      <Flex align="center" gap="2" role="status">
        <Spinner size="1" />
        <Text size="2" color="gray">
          {convert ? t('progress.converting') : t('progress.creating')}
        </Text>
      </Flex>
    );
  }
  return (
    <Flex direction="column" gap="1" className={formStyles.taskProgress}>
      <Flex justify="between" gap="3">
        <Text size="2" id="wiz-task-title">
          {say(task.title)}
        </Text>
        <Text size="2" color="gray" className="numeric">
          {formatPercent(task.percent)}
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
