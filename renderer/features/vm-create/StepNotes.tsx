import { Callout, Flex } from '@radix-ui/themes';
import { ExclamationTriangleIcon } from '@radix-ui/react-icons';
import { say } from '../../i18n/i18n.js';
import type { StepCheck } from './useStepCheck.js';
import type { StepId } from './wizard-steps.js';
import styles from './wizard.module.css';

/**
 * Under a step's fields: the warnings of the engine's check of the step (its refusals show at their
 * fields), such as a qcow2 disk that can outgrow the free space. The free space itself is the disk
 * size's hint already, and the resources step's warnings (memory share, KVM) are at its fields.
 */
export function StepNotes({ step, verdict }: { step: StepId; verdict: StepCheck['verdict'] }) {
  if (!verdict?.ok || step === 'resources') return null;
  const { warnings } = verdict.result;
  if (!warnings.length) return null;
  return (
    <Flex direction="column" gap="2" mt="4" className={styles.stepNotes}>
      <Callout.Root color="amber" size="1" role="status">
        <Callout.Icon>
          <ExclamationTriangleIcon />
        </Callout.Icon>
        <Flex direction="column" gap="1">
          {warnings.map((w, i) => (
            <Callout.Text key={i}>{say(w)}</Callout.Text>
          ))}
        </Flex>
      </Callout.Root>
    </Flex>
  );
}
