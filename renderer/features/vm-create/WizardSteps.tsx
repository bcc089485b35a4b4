import { Text } from '@radix-ui/themes';
import { CheckIcon } from '@radix-ui/react-icons';
import { useTranslation } from 'react-i18next';
import { STEPS, type StepId } from './wizard-steps.js';
import styles from './wizard.module.css';

interface Props {
  current: StepId;
  /** Steps the person may jump to (visited, and everything before them complete). */
  reachable: (step: StepId) => boolean;
  complete: (step: StepId) => boolean;
  onGo: (step: StepId) => void;
}

/** How the list marks a step: where you are, done (checked), or still to do. */
function stepState(index: number, currentIndex: number, done: boolean): 'current' | 'done' | 'todo' {
  if (index === currentIndex) return 'current';
  return index < currentIndex && done ? 'done' : 'todo';
}

/** The step list on the wizard's left, like an installer's: where you are, what is done, what is next. */
export function WizardSteps({ current, reachable, complete, onGo }: Props) {
  const { t } = useTranslation('wizard');
  const currentIndex = STEPS.findIndex((s) => s.id === current);
  return (
    <nav aria-label={t('stepsNav')} className={styles.steps}>
      <ol>
        {STEPS.map((s, i) => {
          const state = stepState(i, currentIndex, complete(s.id));
          const canGo = s.id !== current && reachable(s.id);
          const content = (
            <>
              <span className={styles.stepMark} aria-hidden>
                {state === 'done' ? <CheckIcon /> : i + 1}
              </span>
              <Text size="2">{t(`steps.${s.id}.title`)}</Text>
            </>
          );
          return (
            <li key={s.id} data-state={state} aria-current={s.id === current ? 'step' : undefined}>
              {canGo ? (
                <button type="button" className={styles.step} onClick={() => onGo(s.id)}>
                  {content}
                </button>
              ) : (
                <span className={styles.step} data-disabled={s.id !== current || undefined}>
                  {content}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
