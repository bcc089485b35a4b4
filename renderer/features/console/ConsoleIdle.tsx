import { Button, Flex, Heading, Spinner, Text } from '@radix-ui/themes';
import { CounterClockwiseClockIcon, PlayIcon } from '@radix-ui/react-icons';
import { useTranslation } from 'react-i18next';
import type { ConsoleStream } from '../../../shared/api.js';
import type { VmSummary } from '../../../shared/model/index.js';
import { startVm } from '../../store/actions.js';
import { useVms } from '../../store/vms.js';
import { useOnline } from '../../store/link.js';
import { canStart } from '../../lib/vm-state.js';
import styles from './console.module.css';

/** Shown over the (dimmed) console while QEMU is not running, so the last output stays readable. */
export function ConsoleIdle({ vm, stream }: { vm: VmSummary; stream: ConsoleStream }) {
  const { t } = useTranslation('console');
  const busy = useVms((s) => !!s.busy[vm.id]);
  const online = useOnline();
  const state = vm.status.state;
  if (state === 'starting') {
    return (
      <Flex direction="column" align="center" gap="3" className={styles.card}>
        <Spinner size="3" />
        <Text size="2">{t('idle.starting')}</Text>
      </Flex>
    );
  }
  if (state === 'saved') {
    // Restoring brings back the very guest whose output is under this card, so say that, not "start".
    return (
      <Flex direction="column" align="center" gap="3" className={styles.card}>
        <Heading as="h3" size="3">
          {t('idle.savedTitle')}
        </Heading>
        <Text as="p" size="2" color="gray" align="center">
          {t('idle.savedBody')}
        </Text>
        {/* Not "Restore": that is the toolbar's button, and stays the only one of that name. */}
        <Button onClick={() => void startVm(vm.id)} disabled={busy || !online}>
          <CounterClockwiseClockIcon /> {t('idle.restore')}
        </Button>
      </Flex>
    );
  }
  return (
    <Flex direction="column" align="center" gap="3" className={styles.card}>
      <Heading as="h3" size="3">
        {state === 'crashed' ? t('idle.crashedTitle') : t('idle.stoppedTitle')}
      </Heading>
      <Text as="p" size="2" color="gray" align="center">
        {state === 'crashed' ? t('idle.crashedBody') : t(`idle.startToSee.${stream}`)}
      </Text>
      {/* "Power on", not "Start": the toolbar's Start must stay the only button with that name. */}
      {canStart(vm) ? (
        <Button onClick={() => void startVm(vm.id)} disabled={busy || !online}>
          <PlayIcon /> {t('idle.powerOn')}
        </Button>
      ) : null}
    </Flex>
  );
}
