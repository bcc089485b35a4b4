import { Button, Flex, Popover, Progress, Text } from '@radix-ui/themes';
import { CrossCircledIcon } from '@radix-ui/react-icons';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cancelTask } from '../store/actions.js';
import { say } from '../i18n/i18n.js';
import { useOnline } from '../store/link.js';
import { taskStateLabel, useTasks, type TrackedTask } from '../store/tasks.js';
import styles from './shell.module.css';

const PROGRESS_COLOR = { running: undefined, done: undefined, failed: 'red', cancelled: 'gray' } as const;

function TaskLine({ task }: { task: TrackedTask }) {
  const { t } = useTranslation(['app', 'common']);
  const online = useOnline();
  // Until the engine's 'cancelled' event comes back, so the button cannot be pressed twice.
  const [cancelling, setCancelling] = useState(false);
  const running = task.state === 'running';
  const title = say(task.title);
  return (
    <Flex direction="column" gap="1">
      <Flex justify="between" align="center" gap="3">
        <Text size="1" color={task.state === 'failed' ? 'red' : undefined}>
          {title}
        </Text>
        <Flex align="center" gap="2" flexShrink="0">
          <Text size="1" color="gray" className="numeric">
            {taskStateLabel(task)}
          </Text>
          {running && task.cancellable ? (
            <Button
              size="1"
              variant="soft"
              color="gray"
              loading={cancelling}
              disabled={!online}
              aria-label={t('tasks.cancelOne', { title })}
              onClick={() => {
                setCancelling(true);
                void cancelTask(task).finally(() => setCancelling(false));
              }}
            >
              {t('common:action.cancel')}
            </Button>
          ) : null}
        </Flex>
      </Flex>
      <Progress size="1" value={Math.round(task.percent)} color={PROGRESS_COLOR[task.state]} aria-label={title} />
      {task.error ? (
        <Text size="1" color="red">
          {say(task.error)}
        </Text>
      ) : null}
    </Flex>
  );
}

/** Long engine work (disk conversions, clones, saving a state) in the status bar; all of it in a popover. */
export function TaskIndicator() {
  const { t } = useTranslation('app');
  // Select the record itself: a selector returning a new array would re-render for ever (zustand 5).
  const all = useTasks((s) => s.tasks);
  const tasks = useMemo(() => Object.values(all).sort((a, b) => a.firstSeen - b.firstSeen), [all]);
  if (tasks.length === 0) return null;
  const first = tasks.find((t) => t.state === 'running') ?? tasks[0]!;
  const failed = tasks.some((t) => t.state === 'failed');
  const cancellable = tasks.some((t) => t.state === 'running' && t.cancellable);
  return (
    <Popover.Root>
      <Popover.Trigger>
        <Button
          size="1"
          variant="ghost"
          color={failed ? 'red' : 'gray'}
          className={styles.statusbarTasks}
          aria-label={t(cancellable ? 'tasks.summaryCancellable' : 'tasks.summary', {
            count: tasks.length,
            title: say(first.title),
            state: taskStateLabel(first),
          })}
        >
          {failed ? <CrossCircledIcon /> : null}
          <Text size="1" truncate>
            {say(first.title)}
          </Text>
          <Progress
            size="1"
            value={Math.round(first.percent)}
            className={styles.statusbarTaskProgress}
            aria-hidden
            color={PROGRESS_COLOR[first.state]}
          />
          <Text size="1" className="numeric">
            {taskStateLabel(first)}
            {tasks.length > 1 ? ` · ${t('tasks.more', { n: tasks.length - 1 })}` : ''}
          </Text>
        </Button>
      </Popover.Trigger>
      <Popover.Content size="1" width="340px" aria-label={t('tasks.popover')}>
        <Flex direction="column" gap="3">
          {tasks.map((t) => (
            <TaskLine key={t.id} task={t} />
          ))}
        </Flex>
      </Popover.Content>
    </Popover.Root>
  );
}
