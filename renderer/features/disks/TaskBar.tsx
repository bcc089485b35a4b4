import { Button, Flex, Progress, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import type { TaskProgress } from '../../../shared/api.js';
import { say } from '../../i18n/i18n.js';
import { formatPercent } from '../../lib/format.js';
import styles from './disks.module.css';

/** One task as its 'task' events tell it: title, a real percentage, and Cancel when the engine allows. */
export function TaskBar({ task, cancelling, onCancel }: { task: TaskProgress; cancelling: boolean; onCancel: () => void }) {
  const { t } = useTranslation('common');
  const percent = Math.round(task.percent);
  const title = say(task.title);
  return (
    <Flex direction="column" gap="2">
      <Flex justify="between" align="center" gap="3">
        <Text size="2" className="cell-text" title={title}>
          {title}
        </Text>
        <Text size="2" color="gray" className="numeric">
          {formatPercent(task.percent)}
        </Text>
      </Flex>
      <Flex align="center" gap="3">
        <Progress size="2" value={percent} aria-label={title} className={styles.taskBarProgress} />
        {task.cancellable && task.state === 'running' ? (
          <Button type="button" size="1" variant="soft" color="red" loading={cancelling} onClick={onCancel}>
            {t('action.cancel')}
          </Button>
        ) : null}
      </Flex>
    </Flex>
  );
}
