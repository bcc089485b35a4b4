import { Callout, Flex } from '@radix-ui/themes';
import { ExclamationTriangleIcon } from '@radix-ui/react-icons';
import type { VmSummary } from '../../../shared/model/index.js';
import { say } from '../../i18n/i18n.js';
import { RemedyButtons } from './RemedyButtons.js';
import styles from './details.module.css';

/**
 * A running VM the engine worries about (e.g. no sign of life under KVM). Above the tabs, so it is
 * seen from the console too, where the person is most likely looking at a blank screen.
 */
export function VmWarning({ vm }: { vm: VmSummary }) {
  if (!vm.status.warning) return null;
  return (
    <Callout.Root color="amber" variant="surface" size="1" role="alert" mx="4" mb="2" className={styles.vmWarning}>
      <Callout.Icon>
        <ExclamationTriangleIcon />
      </Callout.Icon>
      <Flex direction="column" gap="2">
        <Callout.Text>{say(vm.status.warning)}</Callout.Text>
        <RemedyButtons vm={vm} color="amber" />
      </Flex>
    </Callout.Root>
  );
}
