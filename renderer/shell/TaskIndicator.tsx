import { Button, Flex, Popover, Progress, Text } from '@radix-ui/themes';
import { CrossCircledIcon } from '@radix-ui/react-icons';
import { useMemo } from 'react';
import { useTasks, type TrackedTask } from '../store/tasks.js';

function TaskLine({ task }: { task: TrackedTask }) {
  return (
    <Flex direction="column" gap="1">
      <Flex justify="between" gap="3">
        <Text size="1" color={task.state === 'failed' ? 'red' : undefined}>
          {task.title}
        </Text>
        <Text size="1" color="gray" className="numeric">
          {task.state === 'failed' ? 'failed' : task.state === 'done' ? 'done' : `${Math.round(task.percent)} %`}
        </Text>
      </Flex>
      <Progress size="1" value={Math.round(task.percent)} color={task.state === 'failed' ? 'red' : undefined} aria-label={task.title} />
      {task.error ? (
        <Text size="1" color="red">
          {task.error}
        </Text>
      ) : null}
    </Flex>
  );
}

/** Long engine work (disk conversions) in the status bar; the list of all of it in a popover. */
export function TaskIndicator() {
  // Select the record itself: a selector returning a new array would re-render for ever (zustand 5).
  const all = useTasks((s) => s.tasks);
  const tasks = useMemo(() => Object.values(all).sort((a, b) => a.firstSeen - b.firstSeen), [all]);
  if (tasks.length === 0) return null;
  const first = tasks.find((t) => t.state === 'running') ?? tasks[0]!;
  const failed = tasks.some((t) => t.state === 'failed');
  return (
    <Popover.Root>
      <Popover.Trigger>
        <Button size="1" variant="ghost" color={failed ? 'red' : 'gray'} className="statusbar-tasks" aria-label={`${tasks.length} ${tasks.length === 1 ? 'task' : 'tasks'}: ${first.title}`}>
          {failed ? <CrossCircledIcon /> : null}
          <Text size="1" truncate>
            {first.title}
          </Text>
          <Progress size="1" value={Math.round(first.percent)} className="statusbar-task-progress" aria-hidden color={first.state === 'failed' ? 'red' : undefined} />
          <Text size="1" className="numeric">
            {Math.round(first.percent)} %{tasks.length > 1 ? ` · +${tasks.length - 1}` : ''}
          </Text>
        </Button>
      </Popover.Trigger>
      <Popover.Content size="1" width="340px" aria-label="Tasks">
        <Flex direction="column" gap="3">
          {tasks.map((t) => (
            <TaskLine key={t.id} task={t} />
          ))}
        </Flex>
      </Popover.Content>
    </Popover.Root>
  );
}
