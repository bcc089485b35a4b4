import { Card, Flex, Heading, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import type { HostInfo } from '../../../shared/model/index.js';
import { formatNumber, formatTime } from '../../lib/format.js';
import { CheckRow } from './CheckRow.js';
import { SelfTestButton } from './SelfTestButton.js';
import styles from './host.module.css';

export function HostChecks({ host }: { host: HostInfo }) {
  const { t } = useTranslation('host');
  const test = host.kvm.selfTest;
  const note =
    test && test.result !== 'not-run'
      ? t(test.cached ? 'checks.noteCached' : 'checks.noteRan', { at: formatTime(Date.parse(test.at)), s: formatNumber(test.ms / 1000, 1) })
      : null;
  return (
    <section aria-labelledby="host-checks-title">
      <Flex align="center" justify="between" gap="3" wrap="wrap" mb="2">
        <Heading as="h3" size="3" id="host-checks-title">
          {t('page.checks')}
        </Heading>
        <SelfTestButton />
      </Flex>
      <Card size="1" className={styles.checksCard}>
        <ul className={styles.checkList}>
          {host.checks.map((c) => (
            <CheckRow key={c.id} check={c} />
          ))}
        </ul>
      </Card>
      {note ? (
        <Text as="p" size="1" color="gray" mt="2">
          {note}
        </Text>
      ) : null}
    </section>
  );
}
