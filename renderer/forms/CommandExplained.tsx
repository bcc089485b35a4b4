import { Code, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import type { ArgExplanation } from '../../shared/model/index.js';
import { say } from '../i18n/i18n.js';
import styles from './CommandExplained.module.css';

/**
 * Under a QEMU command: what each of its options does, in the reader's language. Closed at first, as
 * the command alone is what most people copy; opened, it reads like the course's annotated example.
 */
export function CommandExplained({ explained }: { explained: readonly ArgExplanation[] }) {
  const { t } = useTranslation(['teach', 'common']);
  if (explained.length === 0) return null;
  return (
    <details className={styles.explained}>
      <summary className={styles.summary}>
        <Text size="2">{t('explained.show')}</Text>
      </summary>
      <dl className={styles.list} aria-label={t('explained.title')}>
        {explained.map((e, i) => (
          <div key={i} className={styles.row}>
            <dt>
              <Code size="1" variant="ghost" className={styles.args}>
                {e.args.join(' ')}
              </Code>
            </dt>
            <dd>
              <Text size="2">{say(e.what)}</Text>
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
